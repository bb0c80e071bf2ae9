// DateTimeOffset with fixed offsets (same instant across offsets, EqualsExact, ToOffset, UtcDateTime, arithmetic, Unix time, parsing and formatting), DateOnly (day numbers, Add*, ToDateTime, Parse/ParseExact, formats) and TimeOnly (wrap-around Add with excess days, IsBetween, FromTimeSpan, formats).
using System;
using System.Globalization;

class DateTimeOffsetDateOnlyTimeOnly
{
    static int Main()
    {
        var inv = CultureInfo.InvariantCulture;
        var ny = new DateTimeOffset(2024, 3, 10, 1, 30, 0, TimeSpan.FromHours(-5));
        var berlin = new DateTimeOffset(2024, 3, 10, 7, 30, 0, TimeSpan.FromHours(1));
        var kolkata = new DateTimeOffset(2024, 3, 10, 12, 0, 0, new TimeSpan(5, 30, 0));
        Console.WriteLine(ny.ToString("o") + " | " + berlin.ToString("o") + " | " + kolkata.ToString("o"));
        Console.WriteLine("same instant: " + (ny == berlin) + " " + ny.Equals(kolkata) + " EqualsExact: " + ny.EqualsExact(berlin) + " " + ny.EqualsExact(ny.ToOffset(TimeSpan.FromHours(-5))));
        Console.WriteLine("CompareTo: " + ny.CompareTo(berlin) + " " + ny.AddMinutes(1).CompareTo(kolkata) + " " + DateTimeOffset.Compare(ny, ny.AddTicks(-1)));
        Console.WriteLine("UtcDateTime: " + ny.UtcDateTime.ToString("o") + " DateTime: " + ny.DateTime.ToString("o") + " Offset: " + ny.Offset + " " + kolkata.Offset.TotalMinutes);
        Console.WriteLine("ToOffset(+9): " + ny.ToOffset(TimeSpan.FromHours(9)).ToString("yyyy-MM-dd HH:mm zzz", inv) + " ToOffset(-12): " + ny.ToOffset(TimeSpan.FromHours(-12)).ToString("yyyy-MM-dd HH:mm zzz", inv));
        Console.WriteLine("UtcTicks equal: " + (ny.UtcTicks == berlin.UtcTicks) + " Ticks differ: " + (ny.Ticks != berlin.Ticks));
        Console.WriteLine("Unix: " + ny.ToUnixTimeSeconds() + " " + kolkata.ToUnixTimeMilliseconds() + " from: " + DateTimeOffset.FromUnixTimeSeconds(1700000000).ToString("o") + " " + DateTimeOffset.FromUnixTimeMilliseconds(-1500).ToString("o"));
        Console.WriteLine("arithmetic: " + (kolkata - ny) + " " + (berlin + TimeSpan.FromDays(1.5)).ToString("s", inv) + " " + ny.AddMonths(11).AddYears(-1).ToString("d", inv) + " " + berlin.Subtract(TimeSpan.FromHours(8)).ToString("g", inv));
        Console.WriteLine("formats: " + berlin.ToString("r", inv) + " | " + berlin.ToString("u", inv) + " | " + berlin.ToString("zz K", inv) + " | " + berlin.ToString(inv));
        var parsed = DateTimeOffset.Parse("2024-03-10T07:30:00+01:00", inv);
        Console.WriteLine("Parse: " + parsed.ToString("o") + " equals berlin exact: " + parsed.EqualsExact(berlin));
        var exact = DateTimeOffset.ParseExact("10/03/2024 23:15 -03:00", "dd/MM/yyyy HH:mm zzz", inv);
        Console.WriteLine("ParseExact: " + exact.ToString("o") + " utc " + exact.UtcDateTime.ToString("u", inv));
        Console.WriteLine("TryParse bad offset: " + DateTimeOffset.TryParseExact("2024-03-10 10:00 +15:00", "yyyy-MM-dd HH:mm zzz", inv, DateTimeStyles.None, out _));
        Console.WriteLine("MinValue/MaxValue: " + DateTimeOffset.MinValue.ToString("o") + " " + DateTimeOffset.MaxValue.ToString("o") + " UnixEpoch " + DateTimeOffset.UnixEpoch.ToString("o"));
        try
        {
            Console.WriteLine(new DateTimeOffset(2024, 1, 1, 0, 0, 0, TimeSpan.FromMinutes(90.5)));
        }
        catch (ArgumentException e)
        {
            Console.WriteLine(e.GetType().Name + ": " + e.Message);
        }
        try
        {
            Console.WriteLine(new DateTimeOffset(2024, 1, 1, 0, 0, 0, TimeSpan.FromHours(15)));
        }
        catch (ArgumentException e)
        {
            Console.WriteLine(e.GetType().Name + ": " + e.Message);
        }

        var day = new DateOnly(2024, 2, 28);
        Console.WriteLine("DateOnly: " + day + " " + day.ToString("o", inv) + " " + day.ToString("dddd, MMMM d, yyyy", inv) + " DayNumber " + day.DayNumber + " DayOfWeek " + day.DayOfWeek + " DayOfYear " + day.DayOfYear);
        Console.WriteLine("AddDays: " + day.AddDays(1) + " " + day.AddDays(2) + " AddMonths: " + new DateOnly(2024, 1, 31).AddMonths(1) + " AddYears: " + new DateOnly(2024, 2, 29).AddYears(1));
        Console.WriteLine("FromDayNumber: " + DateOnly.FromDayNumber(0) + " " + DateOnly.FromDayNumber(738945) + " Min/Max " + DateOnly.MinValue.ToString("o", inv) + " " + DateOnly.MaxValue.ToString("o", inv));
        Console.WriteLine("difference in days: " + (new DateOnly(2025, 1, 1).DayNumber - day.DayNumber) + " compare " + day.CompareTo(new DateOnly(2024, 3, 1)));
        Console.WriteLine("ToDateTime: " + day.ToDateTime(new TimeOnly(18, 45)).ToString("o") + " " + day.ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc).ToString("o") + " FromDateTime " + DateOnly.FromDateTime(new DateTime(2020, 5, 6, 23, 59, 59)));
        Console.WriteLine("DateOnly.Parse: " + DateOnly.Parse("2024-07-04", inv) + " ParseExact: " + DateOnly.ParseExact("04.07.2024", "dd.MM.yyyy", inv).ToString("D", inv) + " TryParse bad: " + DateOnly.TryParse("2024-02-30", inv, out _));
        var (y, m, dd) = day;
        Console.WriteLine("deconstruct: " + y + " " + m + " " + dd);

        var t = new TimeOnly(22, 30, 15, 250);
        Console.WriteLine("TimeOnly: " + t + " " + t.ToString("HH:mm:ss.fff", inv) + " " + t.ToString("o", inv) + " " + t.ToString("t", inv) + " " + t.ToString("T", inv) + " ticks " + t.Ticks);
        var later = t.Add(TimeSpan.FromHours(3), out int wrapped);
        var earlier = t.AddHours(-48.5, out int wrappedBack);
        Console.WriteLine("Add wraps: " + later + " days " + wrapped + " AddHours(-48.5): " + earlier + " days " + wrappedBack + " AddMinutes(95): " + t.AddMinutes(95));
        Console.WriteLine("IsBetween: " + t.IsBetween(new TimeOnly(22, 0), new TimeOnly(23, 0)) + " across midnight: " + new TimeOnly(1, 0).IsBetween(new TimeOnly(22, 0), new TimeOnly(2, 0)) + " " + new TimeOnly(12, 0).IsBetween(new TimeOnly(22, 0), new TimeOnly(2, 0)));
        Console.WriteLine("difference: " + (new TimeOnly(1, 0) - t) + " " + (t - new TimeOnly(1, 0)) + " FromTimeSpan " + TimeOnly.FromTimeSpan(new TimeSpan(0, 7, 8, 9)) + " ToTimeSpan " + t.ToTimeSpan());
        Console.WriteLine("TimeOnly.Parse: " + TimeOnly.Parse("07:05 PM", inv) + " ParseExact " + TimeOnly.ParseExact("0705", "HHmm", inv) + " Max " + TimeOnly.MaxValue.ToString("HH:mm:ss.fffffff", inv) + " FromDateTime " + TimeOnly.FromDateTime(new DateTime(2000, 1, 1, 13, 14, 15)));
        try
        {
            Console.WriteLine(new TimeOnly(24, 0));
        }
        catch (ArgumentOutOfRangeException e)
        {
            Console.WriteLine(e.GetType().Name + ": " + e.Message);
        }
        try
        {
            Console.WriteLine(DateOnly.MaxValue.AddDays(1));
        }
        catch (ArgumentOutOfRangeException e)
        {
            Console.WriteLine(e.GetType().Name + ": " + e.Message);
        }
        return 0;
    }
}
