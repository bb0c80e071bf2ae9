// DateTime and DateTimeOffset built from fixed values, formatted with custom patterns and the standard formats (d, D, f, F, g, G, M, o, O, r, s, u, U, t, T, y) under the invariant culture, and parsed back with ParseExact.
using System;
using System.Globalization;

class DateTimeFormatInvariant
{
    static int Main()
    {
        var inv = CultureInfo.InvariantCulture;
        var dt = new DateTime(2024, 2, 29, 13, 5, 7, DateTimeKind.Utc);
        var withMs = new DateTime(2023, 12, 31, 23, 59, 58, 123, DateTimeKind.Unspecified).AddTicks(4567);
        Console.WriteLine(dt.ToString("yyyy-MM-dd HH:mm:ss", inv));
        Console.WriteLine(dt.ToString("dddd, MMMM d, yyyy h:mm tt", inv));
        Console.WriteLine(dt.ToString("ddd MMM dd yy H:m:s", inv));
        Console.WriteLine(dt.ToString("'Day' d 'of' MMMM, 'quarter' ", inv) + ((dt.Month - 1) / 3 + 1));
        Console.WriteLine(withMs.ToString("yyyy-MM-ddTHH:mm:ss.fffffff", inv) + " " + withMs.ToString("ss.f ss.ff ss.fff ss.FFFF", inv));
        Console.WriteLine(dt.ToString("hh tt", inv) + " " + new DateTime(2024, 1, 1, 0, 30, 0).ToString("hh:mm tt, H", inv));
        foreach (var f in new[] { "d", "D", "f", "F", "g", "G", "M", "o", "O", "r", "R", "s", "u", "U", "t", "T", "y", "Y" })
            Console.WriteLine(f + ": " + dt.ToString(f, inv) + " | " + withMs.ToString(f, inv));
        Console.WriteLine(dt.ToString(inv));
        Console.WriteLine(dt.ToString("o") + " " + withMs.ToString("o") + " " + DateTime.SpecifyKind(withMs, DateTimeKind.Utc).ToString("o"));
        Console.WriteLine(dt.ToString("%K", inv) + "|" + withMs.ToString("%K", inv) + "|");
        var dto = new DateTimeOffset(2024, 7, 4, 9, 30, 0, TimeSpan.FromHours(-5));
        Console.WriteLine(dto.ToString("o") + " " + dto.ToString("yyyy-MM-dd HH:mm zzz", inv) + " " + dto.ToString("zz z", inv) + " " + dto.UtcDateTime.ToString("s", inv));
        Console.WriteLine(dto.ToString(inv) + " | " + dto.ToUniversalTime().ToString("u", inv) + " | " + dto.Offset + " " + dto.ToUnixTimeSeconds());
        var parsed = DateTime.ParseExact("2024-02-29 13:05:07", "yyyy-MM-dd HH:mm:ss", inv);
        Console.WriteLine(parsed.ToString("o") + " " + parsed.Kind + " " + (parsed == dt));
        var parsedUtc = DateTime.Parse("2024-02-29T13:05:07Z", inv, DateTimeStyles.AdjustToUniversal);
        Console.WriteLine(parsedUtc.ToString("o") + " " + parsedUtc.Kind + " " + (parsedUtc == dt));
        var rt = DateTime.Parse(withMs.ToString("o"), inv, DateTimeStyles.RoundtripKind);
        Console.WriteLine(rt.Ticks == withMs.Ticks);
        Console.WriteLine(DateTime.TryParseExact("31/04/2024", "dd/MM/yyyy", inv, DateTimeStyles.None, out var bad) + " " + bad.Ticks);
        Console.WriteLine(DateTime.TryParseExact("30/04/2024", "dd/MM/yyyy", inv, DateTimeStyles.None, out var good) + " " + good.ToString("D", inv));
        Console.WriteLine(DateTimeOffset.Parse("2024-07-04T09:30:00-05:00", inv).ToString("O"));
        Console.WriteLine(DateTime.MinValue.ToString("o") + " " + DateTime.MaxValue.ToString("o"));
        Console.WriteLine(new DateOnly(2024, 2, 29).ToString("o", inv) + " " + new DateOnly(2024, 2, 29).ToString(inv) + " " + new TimeOnly(13, 5, 7).ToString("HH:mm:ss", inv) + " " + new TimeOnly(13, 5, 7).ToString(inv));
        try
        {
            DateTime.ParseExact("2024-13-01", "yyyy-MM-dd", inv);
        }
        catch (FormatException e)
        {
            Console.WriteLine("FormatException: " + e.Message);
        }
        return 0;
    }
}
