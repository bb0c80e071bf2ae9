// TimeSpan formatting and parsing: standard "c", "g", "G" on positive, negative, sub-second and multi-day values, custom formats (@"hh\:mm\:ss", @"d\.hh\:mm", %d, fractions, escaped literals, "\-" for sign), TimeSpan.Parse/TryParse/ParseExact/TryParseExact with TimeSpanStyles, and failure messages.
using System;
using System.Globalization;

class TimeSpanFormatParseCustom
{
    static readonly CultureInfo Inv = CultureInfo.InvariantCulture;

    static void TryParse(string s)
    {
        Console.WriteLine("Parse '" + s + "' => " + (TimeSpan.TryParse(s, Inv, out var t) ? t.ToString("c") : "no"));
    }

    static int Main()
    {
        var values = new[]
        {
            TimeSpan.Zero,
            new TimeSpan(0, 1, 2, 3, 4),
            new TimeSpan(12, 23, 59, 59, 999),
            new TimeSpan(-3, -4, -5, -6, -70),
            TimeSpan.FromTicks(1),
            TimeSpan.FromTicks(-12345678),
            TimeSpan.FromMilliseconds(500),
            TimeSpan.MaxValue,
            TimeSpan.MinValue,
        };
        foreach (var v in values)
            Console.WriteLine(v.Ticks + ": c=" + v.ToString("c") + " g=" + v.ToString("g", Inv) + " G=" + v.ToString("G", Inv) + " default=" + v);

        var span = new TimeSpan(2, 3, 4, 5, 678);
        string[] custom = { @"hh\:mm\:ss", @"d\.hh\:mm", "%d", "%h", @"dd\ \d\a\y\s", @"hh\:mm\:ss\.fff", @"ss\.FFFFFFF", @"mm\'ss\'", "fffffff", "'['hh']'", @"ddddd\:hh" };
        foreach (var f in custom)
            Console.WriteLine("custom " + f + " => " + span.ToString(f, Inv));
        var negative = span.Negate();
        Console.WriteLine("negative custom: " + negative.ToString(@"hh\:mm", Inv) + " with sign: " + negative.ToString(@"\-hh\:mm", Inv) + " c: " + negative.ToString("c"));
        Console.WriteLine("interpolated: " + string.Create(Inv, $@"{span:c}|{span:g}|{span,20:hh\:mm}|{span:%m}"));
        Span<char> buffer = stackalloc char[40];
        Console.WriteLine("TryFormat: " + span.TryFormat(buffer, out int written, "G", Inv) + " " + buffer.Slice(0, written).ToString() + " too small: " + span.TryFormat(buffer.Slice(0, 3), out int w2, "c", Inv) + " " + w2);

        TryParse("6");
        TryParse("6:12");
        TryParse("6:12:14");
        TryParse("6.12:14:45");
        TryParse("6.12:14:45.3448");
        TryParse("-1.02:03:04.5");
        TryParse("  08:15  ");
        TryParse("00:00:00.0000001");
        TryParse("10:60:00");
        TryParse("24:00:00");
        TryParse("1:2:3:4");
        TryParse("10675199.02:48:05.4775807");
        TryParse("10675199.02:48:05.4775808");
        TryParse("0:0:0.12345678");
        TryParse("");

        Console.WriteLine("ParseExact c: " + TimeSpan.ParseExact("1.02:03:04.5000000", "c", Inv));
        Console.WriteLine("ParseExact custom: " + TimeSpan.ParseExact("14:05:09", @"hh\:mm\:ss", Inv) + " " + TimeSpan.ParseExact("3 days", @"%d\ \d\a\y\s", Inv) + " " + TimeSpan.ParseExact("0205", "mmss", Inv));
        Console.WriteLine("AssumeNegative: " + TimeSpan.ParseExact("01:30", @"hh\:mm", Inv, TimeSpanStyles.AssumeNegative) + " " + TimeSpan.ParseExact("-01:30", "g", Inv, TimeSpanStyles.AssumeNegative));
        Console.WriteLine("multiple formats: " + TimeSpan.ParseExact("5m", new[] { @"h\h", @"m\m", @"s\s" }, Inv) + " " + TimeSpan.TryParseExact("5x", new[] { @"h\h", @"m\m" }, Inv, out var none) + " " + none);
        Console.WriteLine("g round trip: " + TimeSpan.Parse(span.ToString("g", Inv), Inv).Equals(span) + " G round trip: " + TimeSpan.ParseExact(negative.ToString("G", Inv), "G", Inv).Equals(negative));
        foreach (var bad in new[] { "abc", "99999999.00:00:00", "1:2:3:4:5" })
        {
            try
            {
                TimeSpan.Parse(bad, Inv);
            }
            catch (Exception e)
            {
                Console.WriteLine("'" + bad + "' => " + e.GetType().Name + ": " + e.Message);
            }
        }
        try
        {
            span.ToString(@"hh:mm", Inv);
        }
        catch (FormatException e)
        {
            Console.WriteLine(e.GetType().Name + ": " + e.Message);
        }
        try
        {
            TimeSpan.ParseExact("14:05", @"hh\:mm\:ss", Inv);
        }
        catch (FormatException e)
        {
            Console.WriteLine(e.GetType().Name + ": " + e.Message);
        }
        return 0;
    }
}
