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

        /// <summary>SystemNative_GetEnv(const char* name): no variable is set.</summary>
        [Implements("libSystem.Native", "SystemNative_GetEnv")]
        public static byte* GetEnv(byte* name) => null;
    }
}
