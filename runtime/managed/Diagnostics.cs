// Diagnostics a runtime usually provides and this one does not have. NativeRuntimeEventSource hands runtime events
// (a wait starting and ending, ...) to the runtime's EventPipe: there is none here, as in Mono's browser-wasm runtime
// built without perftracing, so with no session to write to an event is dropped, which is what Mono's runtime then
// does too. No debugger can attach to a precompiled image, so Debugger.IsAttached is false.

namespace WasmR2R.Runtime
{
    internal static class Diagnostics
    {
        [Implements("System.Diagnostics.Tracing.NativeRuntimeEventSource", "LogWaitHandleWaitStart")]
        public static void LogWaitHandleWaitStart(byte waitSource, System.IntPtr associatedObjectId, ushort clrInstanceId)
        {
        }

        [Implements("System.Diagnostics.Tracing.NativeRuntimeEventSource", "LogWaitHandleWaitStop")]
        public static void LogWaitHandleWaitStop(ushort clrInstanceId)
        {
        }

        /// <summary>A lock's contention events (System.Threading.Lock): with one thread there is no contention to
        /// report either.</summary>
        [Implements("System.Diagnostics.Tracing.NativeRuntimeEventSource", "LogContentionLockCreated")]
        public static void LogContentionLockCreated(System.IntPtr lockId, System.IntPtr associatedObjectId, ushort clrInstanceId)
        {
        }

        [Implements("System.Diagnostics.Tracing.NativeRuntimeEventSource", "LogContentionStart")]
        public static void LogContentionStart(byte flags, ushort clrInstanceId, System.IntPtr lockId,
            System.IntPtr associatedObjectId, ulong lockOwnerThreadId)
        {
        }

        [Implements("System.Diagnostics.Tracing.NativeRuntimeEventSource", "LogContentionStop")]
        public static void LogContentionStop(byte flags, ushort clrInstanceId, double durationNs)
        {
        }

        [Implements("System.Diagnostics.Debugger", "IsAttached_internal")]
        public static bool IsDebuggerAttached() => false;
    }
}
