// DateTime custom format strings under the invariant culture: "yyyy-MM-dd HH:mm:ss.fff", "ddd, dd MMM yyyy", single-letter custom specifiers with %, year widths, f/F fractions, quoted and escaped literals, era, and the round-trip/RFC/sortable/universal standard formats o, r, s, u on several fixed dates.
using System;
using System.Globalization;
using System.Linq;

class DateTimeCustomFormatStrings
{
    static int Main()
    {
        var inv = CultureInfo.InvariantCulture;
        var dates = new[]
        {
            new DateTime(2024, 3, 9, 7, 4, 5, 6, DateTimeKind.Unspecified),
            new DateTime(1999, 12, 31, 23, 59, 59, 999, DateTimeKind.Utc),
            new DateTime(1, 1, 1, 0, 0, 0, DateTimeKind.Unspecified),
            new DateTime(9999, 12, 31, 12, 0, 0, DateTimeKind.Utc).AddTicks(1234567),
            new DateTime(2000, 2, 29, 12, 30, 0, DateTimeKind.Utc),
        };
        string[] formats =
        {
            "yyyy-MM-dd HH:mm:ss.fff",
            "ddd, dd MMM yyyy",
            "dddd d MMMM yy",
            "y yy yyy yyyy yyyyy",
            "M MM MMM MMMM",
            "h hh H HH t tt",
            "m mm s ss",
            "f ff fff ffff fffff ffffff fffffff",
            "F FF FFF FFFF FFFFF FFFFFF FFFFFFF",
            "'quoted' \"double\" \\y\\e\\a\\r yyyy",
            "yyyyMMdd'T'HHmmss",
            "dd/MM/yyyy",
            "g gg",
            "HH:mm:ss.FFF K",
        };
        foreach (var d in dates)
        {
            Console.WriteLine("-- " + d.Ticks + " " + d.Kind);
            foreach (var f in formats)
                Console.WriteLine(f + " => " + d.ToString(f, inv));
            foreach (var f in new[] { "o", "r", "s", "u" })
                Console.WriteLine(f + " => " + d.ToString(f, inv));
        }
        var d0 = dates[0];
        Console.WriteLine("%d " + d0.ToString("%d", inv) + " %M " + d0.ToString("%M", inv) + " %h " + d0.ToString("%h", inv) + " %y " + d0.ToString("%y", inv) + " %f " + d0.ToString("%f", inv));
        Console.WriteLine("interpolated: " + string.Create(inv, $"{d0:yyyy-MM-dd} {d0:HH\\:mm} {d0,25:R}|"));
        Console.WriteLine("string.Format: " + string.Format(inv, "{0:dd.MM.yyyy} {0:MMM} {1:yyyy}", d0, dates[1]));
        Span<char> buffer = stackalloc char[32];
        bool ok = d0.TryFormat(buffer, out int written, "yyyy/MM/dd HH:mm", inv);
        Console.WriteLine("TryFormat: " + ok + " " + written + " " + buffer.Slice(0, written).ToString());
        Console.WriteLine("TryFormat too small: " + d0.TryFormat(stackalloc char[4], out int w2, "yyyy-MM-dd", inv) + " " + w2);
        Console.WriteLine("midnight hh tt: " + new DateTime(2024, 1, 1).ToString("hh:mm tt", inv) + " noon: " + new DateTime(2024, 1, 1, 12, 0, 0).ToString("hh:mm tt", inv));
        Console.WriteLine("day names: " + string.Join(",", new[] { 0, 1, 2, 3, 4, 5, 6 }.Select(i => new DateTime(2024, 3, 3).AddDays(i).ToString("ddd", inv))));
        Console.WriteLine("month names: " + string.Join(",", new[] { 1, 4, 7, 10 }.Select(m => new DateTime(2024, m, 1).ToString("MMMM", inv))));
        try
        {
            d0.ToString("%", inv);
        }
        catch (FormatException e)
        {
            Console.WriteLine(e.GetType().Name + ": " + e.Message);
        }
        try
        {
            d0.ToString("yyyy 'unterminated", inv);
        }
        catch (FormatException e)
        {
            Console.WriteLine(e.GetType().Name + ": " + e.Message);
        }
        return 0;
    }
}

