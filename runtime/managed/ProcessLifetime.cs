// How the process ends: Environment.ExitCode, Environment.Exit, and what happens when Main returns. As on CoreCLR,
// the ProcessExit handlers (AppDomain.ProcessExit, AssemblyLoadContext.Unloading) run once, when Main returns or
// Environment.Exit is called; an int Main's result is the exit code, a void Main's is Environment.ExitCode.

namespace WasmR2R.Runtime
{
    internal static class ProcessLifetime
    {
        private static int s_exitCode;
        private static bool s_exiting;

        [Implements("System.Environment", "get_ExitCode")]
        public static int GetExitCode() => s_exitCode;

        [Implements("System.Environment", "set_ExitCode")]
        public static void SetExitCode(int code) => s_exitCode = code;

        /// <summary>The entry function's last step: Main returned `result` (an int Main's; ignored for a void Main,
        /// `returnsCode` false). Returns the process's exit code.</summary>
        public static int MainReturned(int result, bool returnsCode)
        {
            if (returnsCode)
                s_exitCode = result;
            RaiseProcessExit();
            return s_exitCode;
        }

        /// <summary>Environment.Exit(code): the ProcessExit handlers run, then the process ends at once — the
        /// caller's finally blocks do not run (CoreCLR's behaviour too).</summary>
        [Implements("System.Environment", "Exit")]
        public static void Exit(int code)
        {
            s_exitCode = code;
            RaiseProcessExit();
            Host.Exit(s_exitCode);
        }

        /// <summary>Assembly.GetEntryAssembly(): an image has no Assembly objects yet (reflection over assemblies is not
        /// there), so the answer is null, which the API allows ("an unmanaged application loaded the managed code");
        /// AppDomain.FriendlyName then says "DefaultDomain".</summary>
        [Implements("System.Reflection.Assembly", "GetEntryAssemblyNative")]
        public static object GetEntryAssembly() => null;

        private static void RaiseProcessExit()
        {
            // A handler that calls Environment.Exit does not start the handlers again.
            if (s_exiting)
                return;
            s_exiting = true;
            OnProcessExit();
        }

        [Calls("System.AppContext", "OnProcessExit")]
        private static extern void OnProcessExit();
    }
}
