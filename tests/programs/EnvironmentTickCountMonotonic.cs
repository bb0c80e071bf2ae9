// Environment.TickCount64 and TickCount over the host's clock: never negative at start, never going back, ticking, and
// TickCount the low 32 bits of TickCount64 (read around it). Nothing depends on the clock's origin or speed.
using System;
using System.Diagnostics;

static class Program
{
    static int s_rounds = 2000;

    static int Main()
    {
        long first = Environment.TickCount64;
        if (first < 0)
            return 1;
        long previous = first;
        long timestampBefore = Stopwatch.GetTimestamp();
        for (int i = 0; i < s_rounds; i++)
        {
            long before = Environment.TickCount64;
            int ticks = Environment.TickCount;
            long after = Environment.TickCount64;
            if (before < previous || after < before)
                return 2;
            if (ticks != (int)before && ticks != (int)after && (after - before) < 2)
                return 3;
            previous = after;
        }
        // The millisecond clock moves too: it ticks within a bounded number of reads.
        for (int spins = 0; Environment.TickCount64 == previous; spins++)
        {
            if (spins > 50_000_000)
                return 5;
        }
        previous = Environment.TickCount64;
        long timestampAfter = Stopwatch.GetTimestamp();
        // Whatever passed on the millisecond clock also passed on the nanosecond one, up to the coarser clock's
        // granularity (CoreCLR's TickCount64 on Linux is CLOCK_MONOTONIC_COARSE, a few milliseconds): a unit check.
        long millis = previous - first;
        long nanos = timestampAfter - timestampBefore;
        if (nanos < 0 || millis > nanos / 1_000_000 + 50)
            return 4;
        return 100;
    }
}
