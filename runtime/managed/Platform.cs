// What the platform is, as the framework asks System.Native and the runtime: one processor (the image runs on one
// thread, as Mono's single-threaded browser-wasm runtime reports), no CPU number to read, and no environment
// variables (a browser has none; in Node the image does not see process.env either, so behaviour does not depend on
// the host).

namespace WasmR2R.Runtime
{
    internal static unsafe class Platform
    {
        /// <summary>Environment.GetProcessorCount: Environment.ProcessorCount, the array pool's partitions.</summary>
        [Implements("System.Environment", "GetProcessorCount")]
        public static int GetProcessorCount() => 1;

        /// <summary>SystemNative_SchedGetCpu: -1, "not known", which Thread.GetCurrentProcessorId falls back from.</summary>
        [Implements("libSystem.Native", "SystemNative_SchedGetCpu")]
        public static int SchedGetCpu() => -1;

        /// <summary>The lowest address the shadow stack may reach (abi::shadow_stack::LIMIT).</summary>
        public const uint ShadowStackLimit = 4096;

        /// <summary>Room CoreCLR asks for on a 64-bit machine before it says the stack is sufficient (64 KiB).</summary>
        private const uint SufficientRoom = 64 * 1024;

        /// <summary>
        /// RuntimeHelpers.SufficientExecutionStack, which EnsureSufficientExecutionStack turns into an
        /// InsufficientExecutionStackException (records' ToString, expression compilers, deep recursions that guard
        /// themselves): whether the shadow stack has the room left. The engine's own call stack cannot be measured
        /// from inside Wasm; when it runs out first, the loader reports a stack overflow.
        /// </summary>
        [Implements("System.Runtime.CompilerServices.RuntimeHelpers", "SufficientExecutionStack")]
        public static bool SufficientExecutionStack() => (uint)Wasm.StackPointer() - ShadowStackLimit >= SufficientRoom;

        /// <summary>SystemNative_GetEnv(const char* name): no variable is set.</summary>
        [Implements("libSystem.Native", "SystemNative_GetEnv")]
        public static byte* GetEnv(byte* name) => null;
    }
}
