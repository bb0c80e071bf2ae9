// TimeSpan: constructors and From* factories, components and Total* values, arithmetic, negation, Duration, multiplication/division, comparisons, ToString default/"c"/"g"/"G"/custom under the invariant culture, Parse/ParseExact, and overflow messages.
using System;
using System.Globalization;

class TimeSpanOperations
{
    static string D(double d) => d.ToString("R", CultureInfo.InvariantCulture);

    static int Main()
    {
        var inv = CultureInfo.InvariantCulture;
        var ts = new TimeSpan(1, 2, 3, 4, 567);
        Console.WriteLine(ts + " " + ts.Days + " " + ts.Hours + " " + ts.Minutes + " " + ts.Seconds + " " + ts.Milliseconds + " " + ts.Ticks);
        Console.WriteLine(D(ts.TotalDays) + " " + D(ts.TotalHours) + " " + D(ts.TotalMinutes) + " " + D(ts.TotalSeconds) + " " + D(ts.TotalMilliseconds));
        Console.WriteLine(TimeSpan.FromSeconds(90) + " " + TimeSpan.FromSeconds(0.5) + " " + TimeSpan.FromMinutes(150) + " " + TimeSpan.FromHours(-1.5) + " " + TimeSpan.FromDays(1.25) + " " + TimeSpan.FromMilliseconds(1));
        Console.WriteLine(TimeSpan.FromSeconds(3661).TotalMinutes.ToString(inv) + " " + TimeSpan.FromTicks(123456789) + " " + TimeSpan.FromMinutes(1, 30) + " " + TimeSpan.FromHours(2, 15, 30));
        Console.WriteLine(TimeSpan.Zero + " " + TimeSpan.MaxValue + " " + TimeSpan.MinValue + " " + new TimeSpan(-1) + " " + TimeSpan.FromSeconds(-0.0001));
        var a = TimeSpan.FromMinutes(90);
        var b = TimeSpan.FromSeconds(45);
        Console.WriteLine((a + b) + " " + (a - b) + " " + (b - a) + " " + (-a) + " " + (b - a).Duration() + " " + (a * 2.5) + " " + (a / 4) + " " + D(a / b));
        Console.WriteLine((a > b) + " " + (a == TimeSpan.FromHours(1.5)) + " " + a.CompareTo(b) + " " + TimeSpan.Compare(b, a) + " " + a.Equals(b));
        foreach (var t in new[] { ts, -ts, TimeSpan.FromSeconds(5), TimeSpan.FromMilliseconds(123.4567), new TimeSpan(0, 0, 0, 0, 0, 1) })
            Console.WriteLine(t.ToString("c", inv) + " | " + t.ToString("g", inv) + " | " + t.ToString("G", inv));
        Console.WriteLine(ts.ToString(@"d\.hh\:mm\:ss", inv) + " " + ts.ToString(@"hh\h\ mm\m", inv) + " " + ts.ToString(@"%d", inv) + " " + ts.ToString(@"ss\.fff", inv) + " " + ts.ToString("dd' days'", inv));
        Console.WriteLine(TimeSpan.Parse("1.02:03:04.5670000", inv) == ts);
        Console.WriteLine(TimeSpan.Parse("12:30", inv) + " " + TimeSpan.Parse("3", inv) + " " + TimeSpan.Parse("-0:0:1", inv) + " " + TimeSpan.Parse("10:20:30.5", inv));
        Console.WriteLine(TimeSpan.ParseExact("02h15m", @"hh\hmm\m", inv) + " " + TimeSpan.TryParse("25:00", inv, out var bad) + " " + bad + " " + TimeSpan.TryParse("1:60", inv, out bad));
        long totalTicks = 0;
        for (int i = 1; i <= 10; i++)
            totalTicks += TimeSpan.FromMilliseconds(i * 111).Ticks;
        Console.WriteLine(new TimeSpan(totalTicks) + " " + TimeSpan.TicksPerDay + " " + TimeSpan.TicksPerMillisecond);
        try
        {
            Console.WriteLine(TimeSpan.MaxValue + TimeSpan.FromTicks(1));
        }
        catch (OverflowException e)
        {
            Console.WriteLine("OverflowException: " + e.Message);
        }
        try
        {
            Console.WriteLine(TimeSpan.FromDays(1e10));
        }
        catch (Exception e)
        {
            Console.WriteLine(e.GetType().Name + ": " + e.Message);
        }
        try
        {
            Console.WriteLine(TimeSpan.Parse("nonsense", inv));
        }
        catch (FormatException e)
        {
            Console.WriteLine("FormatException: " + e.Message);
        }
        return 0;
    }
}
