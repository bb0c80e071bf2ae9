// System.Native's clocks, from the host's monotonic clock (host import `now`, `performance.now()` in milliseconds).
// Stopwatch counts GetTimestamp's nanoseconds (its Frequency on Unix is 10^9); Environment.TickCount64 is
// GetLowResolutionTimestamp's milliseconds. Both start where the host's clock does (the page or process start),
// not at the machine's boot: programs may rely on differences, never on the origin.

namespace WasmR2R.Runtime
{
    internal static class Clock
    {
        [Implements("libSystem.Native", "SystemNative_GetTimestamp")]
        public static ulong GetTimestamp() => (ulong)(Host.Now() * 1_000_000.0);

        [Implements("libSystem.Native", "SystemNative_GetLowResolutionTimestamp")]
        public static long GetLowResolutionTimestamp() => (long)Host.Now();
    }
}
