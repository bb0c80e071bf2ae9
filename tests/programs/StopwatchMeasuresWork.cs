// Stopwatch over the host's clock: it moves, at a nanosecond frequency as on Linux; StartNew/Stop/Start/Restart/Reset and
// IsRunning, readings that never go back while it runs and never change while it is stopped, Elapsed and
// ElapsedMilliseconds derived from ElapsedTicks, GetTimestamp/GetElapsedTime. Nothing depends on how fast it runs.
using System;
using System.Diagnostics;

static class Program
{
    static long s_sink;
    static int s_work = 200_000;

    static void Work()
    {
        long x = s_sink;
        for (int i = 0; i < s_work; i++)
            x = x * 31 + i;
        s_sink = x;
    }

    static int Main()
    {
        if (Stopwatch.Frequency != 1_000_000_000 || !Stopwatch.IsHighResolution)
            return 1;
        var fresh = new Stopwatch();
        if (fresh.IsRunning || fresh.ElapsedTicks != 0 || fresh.Elapsed != TimeSpan.Zero)
            return 2;

        // The clock moves: some time has passed after a bounded amount of work.
        Stopwatch moving = Stopwatch.StartNew();
        for (int spins = 0; moving.ElapsedTicks == 0; spins++)
        {
            if (spins > 100_000)
                return 15;
            Work();
        }

        long start = Stopwatch.GetTimestamp();
        Stopwatch sw = Stopwatch.StartNew();
        if (!sw.IsRunning)
            return 3;
        long previous = 0;
        for (int round = 0; round < 20; round++)
        {
            Work();
            long now = sw.ElapsedTicks;
            if (now < previous)
                return 4;
            previous = now;
        }
        sw.Stop();
        if (sw.IsRunning)
            return 5;
        long stopped = sw.ElapsedTicks;
        Work();
        if (sw.ElapsedTicks != stopped || stopped < previous)
            return 6;
        // Elapsed is ElapsedTicks in TimeSpan ticks (100 ns), ElapsedMilliseconds its whole milliseconds.
        if (sw.Elapsed.Ticks != stopped / 100 || sw.ElapsedMilliseconds != stopped / 1_000_000)
            return 7;

        sw.Start();
        Work();
        if (sw.ElapsedTicks < stopped)
            return 8;
        sw.Restart();
        if (!sw.IsRunning || sw.ElapsedTicks > Stopwatch.GetTimestamp() - start)
            return 9;
        sw.Reset();
        if (sw.IsRunning || sw.ElapsedTicks != 0)
            return 10;

        long end = Stopwatch.GetTimestamp();
        if (end < start)
            return 11;
        TimeSpan between = Stopwatch.GetElapsedTime(start, end);
        if (between < TimeSpan.Zero || between.Ticks != (end - start) / 100)
            return 12;
        if (Stopwatch.GetElapsedTime(start) < between)
            return 13;
        return s_sink != 0 ? 100 : 14;
    }
}
