// System.Native's clocks, from the host's monotonic clock (host import `now`, `performance.now()` in milliseconds)
// and its time of day (`wallClock`, milliseconds since the Unix epoch).
// Stopwatch counts GetTimestamp's nanoseconds (its Frequency on Unix is 10^9); Environment.TickCount64 is
// GetLowResolutionTimestamp's milliseconds. Both start where the host's clock does (the page or process start),
// not at the machine's boot: programs may rely on differences, never on the origin.

namespace WasmR2R.Runtime
{
    internal static unsafe class Clock
    {
        [Implements("libSystem.Native", "SystemNative_GetTimestamp")]
        public static ulong GetTimestamp() => (ulong)(Host.Now() * 1_000_000.0);

        [Implements("libSystem.Native", "SystemNative_GetLowResolutionTimestamp")]
        public static long GetLowResolutionTimestamp() => (long)Host.Now();

        /// <summary>GetTimeZoneData(name, out length): the time zone rules browser-wasm bundles into an app; an image
        /// carries none, so every zone is unknown and TimeZoneInfo.Local is UTC.</summary>
        [Implements("libSystem.Native", "SystemNative_GetTimeZoneData")]
        public static byte* GetTimeZoneData(byte* name, int* length)
        {
            *length = 0;
            return null;
        }

        /// <summary>DateTime.UtcNow: 100-nanosecond ticks since the Unix epoch, from the host's time of day.</summary>
        [Implements("libSystem.Native", "SystemNative_GetSystemTimeAsTicks")]
        public static long GetSystemTimeAsTicks() => (long)(Host.WallClock() * 10_000.0);
    }
}
