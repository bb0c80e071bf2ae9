// DateTime.ParseExact and TryParseExact (invariant): several formats at once, DateTimeStyles (AllowWhiteSpaces, AssumeUniversal, AdjustToUniversal, RoundtripKind, NoCurrentDateDefault), round-tripping o/r/s/u, two-digit years, offsets adjusted to UTC, and rejected inputs.
using System;
using System.Globalization;

class DateTimeParseExactStyles
{
    static readonly CultureInfo Inv = CultureInfo.InvariantCulture;

    static string Show(DateTime d) => d.ToString("yyyy-MM-dd HH:mm:ss.fffffff", Inv) + " " + d.Kind;

    static void Exact(string input, string format, DateTimeStyles styles = DateTimeStyles.None)
    {
        if (DateTime.TryParseExact(input, format, Inv, styles, out var d))
            Console.WriteLine("'" + input + "' [" + format + "] " + styles + " => " + Show(d));
        else
            Console.WriteLine("'" + input + "' [" + format + "] " + styles + " => no");
    }

    static int Main()
    {
        Exact("2024-03-09 07:04:05", "yyyy-MM-dd HH:mm:ss");
        Exact("2024-03-09 07:04:05.123", "yyyy-MM-dd HH:mm:ss.fff");
        Exact("2024-03-09 07:04:05.1", "yyyy-MM-dd HH:mm:ss.FFF");
        Exact("2024-03-09 07:04:05", "yyyy-MM-dd HH:mm:ss.FFF");
        Exact("Sat, 09 Mar 2024", "ddd, dd MMM yyyy");
        Exact("Fri, 09 Mar 2024", "ddd, dd MMM yyyy");
        Exact("9 March 24", "d MMMM yy");
        Exact("9 March 49", "d MMMM yy");
        Exact("9 March 50", "d MMMM yy");
        Exact("7:04 PM", "h:mm tt", DateTimeStyles.NoCurrentDateDefault);
        Exact("12:00 AM 1/2/2003", "hh:mm tt M/d/yyyy");
        Exact("  2024-03-09  ", "yyyy-MM-dd");
        Exact("  2024-03-09  ", "yyyy-MM-dd", DateTimeStyles.AllowWhiteSpaces);
        Exact("2024-03-09 07:04", "yyyy-MM-dd HH:mm", DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal);
        Exact("2024-03-09 07:04 +02:00", "yyyy-MM-dd HH:mm zzz", DateTimeStyles.AdjustToUniversal);
        Exact("2024-03-09 23:30 -05:30", "yyyy-MM-dd HH:mm zzz", DateTimeStyles.AdjustToUniversal);
        Exact("2024-03-09T07:04:05.1234567Z", "o", DateTimeStyles.RoundtripKind);
        Exact("2024-03-09T07:04:05.1234567", "o", DateTimeStyles.RoundtripKind);
        Exact("Sat, 09 Mar 2024 07:04:05 GMT", "r", DateTimeStyles.AdjustToUniversal);
        Exact("2024-03-09T07:04:05", "s");
        Exact("2024-03-09 07:04:05Z", "u");
        Exact("07:04", "HH:mm", DateTimeStyles.NoCurrentDateDefault);
        Exact("20240309T070405", "yyyyMMdd'T'HHmmss");
        Exact("2024-02-30", "yyyy-MM-dd");
        Exact("2024-3-9", "yyyy-MM-dd");
        Exact("2024-3-9", "yyyy-M-d");
        Exact("24:00:00", "HH:mm:ss", DateTimeStyles.NoCurrentDateDefault);
        Exact("2024/03/09", "yyyy-MM-dd");
        Exact("2024-03-09x", "yyyy-MM-dd");

        string[] many = { "yyyy-MM-dd", "dd.MM.yyyy", "MM/dd/yyyy HH:mm", "yyyyMMdd" };
        foreach (var s in new[] { "2024-12-25", "25.12.2024", "12/25/2024 18:30", "20241225", "25/12/2024" })
        {
            bool ok = DateTime.TryParseExact(s, many, Inv, DateTimeStyles.None, out var d);
            Console.WriteLine("multi '" + s + "' => " + (ok ? Show(d) : "no"));
        }

        var original = new DateTime(2023, 7, 14, 16, 45, 30, DateTimeKind.Utc).AddTicks(9876543);
        foreach (var f in new[] { "o", "r", "s", "u" })
        {
            string text = original.ToString(f, Inv);
            var back = DateTime.ParseExact(text, f, Inv, f == "o" ? DateTimeStyles.RoundtripKind : DateTimeStyles.AdjustToUniversal);
            Console.WriteLine("round trip " + f + ": " + text + " => " + Show(back));
        }
        Console.WriteLine("Parse invariant: " + Show(DateTime.Parse("03/09/2024 14:15", Inv)) + " | " + Show(DateTime.Parse("9 Mar 2024", Inv)) + " | " + Show(DateTime.Parse("2024-03-09T14:15:16.5Z", Inv, DateTimeStyles.AdjustToUniversal)));
        Console.WriteLine("span ParseExact: " + Show(DateTime.ParseExact("09/03/2024".AsSpan(), "dd/MM/yyyy".AsSpan(), Inv)));
        foreach (var bad in new[] { "", "2024-13-01", "not a date" })
        {
            try
            {
                DateTime.ParseExact(bad, "yyyy-MM-dd", Inv);
            }
            catch (FormatException e)
            {
                Console.WriteLine("'" + bad + "' => " + e.GetType().Name + ": " + e.Message);
            }
        }
        try
        {
            DateTime.ParseExact("2024-01-01", "", Inv);
        }
        catch (FormatException e)
        {
            Console.WriteLine(e.GetType().Name + ": " + e.Message);
        }
        try
        {
            DateTime.ParseExact("2024-01-01", "yyyy-MM-dd", Inv, DateTimeStyles.AssumeLocal | DateTimeStyles.AssumeUniversal);
        }
        catch (ArgumentException e)
        {
            Console.WriteLine(e.GetType().Name + ": " + e.Message);
        }
        return 0;
    }
}
