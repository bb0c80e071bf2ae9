// Deterministic Stopwatch and Environment facts: IsHighResolution, Frequency > 0, Start/Stop/Reset/Restart states, Elapsed never negative, GetElapsedTime, Environment.NewLine escaped, CurrentManagedThreadId, and Environment.ExitCode set and read (Main is void; ExitCode ends as 0).
using System;
using System.Diagnostics;
using System.Threading;

class StopwatchEnvironmentFacts
{
    static string Escape(string s) => s.Replace("\r", "\\r").Replace("\n", "\\n");

    static void Main()
    {
        Console.WriteLine("IsHighResolution: " + Stopwatch.IsHighResolution);
        Console.WriteLine("Frequency > 0: " + (Stopwatch.Frequency > 0) + ", >= 1000: " + (Stopwatch.Frequency >= 1000));
        var sw = new Stopwatch();
        Console.WriteLine("new: running=" + sw.IsRunning + " elapsed=" + sw.Elapsed + " ticks=" + sw.ElapsedTicks + " ms=" + sw.ElapsedMilliseconds);
        sw.Start();
        long sum = 0;
        for (int i = 0; i < 100000; i++)
            sum += i;
        Console.WriteLine("started: running=" + sw.IsRunning + " sum=" + sum + " elapsed>=0: " + (sw.Elapsed >= TimeSpan.Zero));
        sw.Stop();
        TimeSpan stopped = sw.Elapsed;
        Console.WriteLine("stopped: running=" + sw.IsRunning + " frozen=" + (sw.Elapsed == stopped) + " ticks>=0: " + (sw.ElapsedTicks >= 0));
        sw.Start();
        sw.Stop();
        Console.WriteLine("resumed accumulates: " + (sw.Elapsed >= stopped));
        sw.Reset();
        Console.WriteLine("reset: running=" + sw.IsRunning + " zero=" + (sw.Elapsed == TimeSpan.Zero));
        sw.Restart();
        Console.WriteLine("restart: running=" + sw.IsRunning);
        sw.Stop();
        var sw2 = Stopwatch.StartNew();
        Console.WriteLine("StartNew: running=" + sw2.IsRunning + " ms>=0: " + (sw2.ElapsedMilliseconds >= 0));
        long t0 = Stopwatch.GetTimestamp();
        long t1 = Stopwatch.GetTimestamp();
        Console.WriteLine("timestamps monotonic: " + (t1 >= t0) + " GetElapsedTime>=0: " + (Stopwatch.GetElapsedTime(t0, t1) >= TimeSpan.Zero) + " " + (Stopwatch.GetElapsedTime(t0) >= TimeSpan.Zero));
        Console.WriteLine("same timestamp: " + Stopwatch.GetElapsedTime(t0, t0));

        Console.WriteLine("NewLine: \"" + Escape(Environment.NewLine) + "\" length " + Environment.NewLine.Length);
        Console.WriteLine("WriteLine uses it: " + (Console.Out.NewLine == Environment.NewLine));
        Console.WriteLine("CurrentManagedThreadId: " + Environment.CurrentManagedThreadId + " " + (Thread.CurrentThread.ManagedThreadId == Environment.CurrentManagedThreadId));
        Console.WriteLine("HasShutdownStarted: " + Environment.HasShutdownStarted);
        Console.WriteLine("ExitCode initially: " + Environment.ExitCode);
        Environment.ExitCode = 42;
        Console.WriteLine("ExitCode set: " + Environment.ExitCode);
        Environment.ExitCode = -1;
        Console.WriteLine("ExitCode negative: " + Environment.ExitCode);
        Environment.ExitCode = 0;
        Console.WriteLine("ExitCode back: " + Environment.ExitCode);
    }
}
