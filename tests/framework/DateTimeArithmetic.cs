// DateTime arithmetic from fixed values: AddDays/Months/Years across leap days and month ends, AddHours/Minutes/Seconds/Ticks, subtraction to TimeSpan, DayOfWeek, DayOfYear, DaysInMonth, IsLeapYear, comparisons, Date/TimeOfDay, ticks, Unix time, ISOWeek and range errors.
using System;
using System.Globalization;

class DateTimeArithmetic
{
    static string S(DateTime d) => d.ToString("yyyy-MM-dd HH:mm:ss.fff", CultureInfo.InvariantCulture);

    static int Main()
    {
        var leap = new DateTime(2024, 2, 29, 13, 5, 7, DateTimeKind.Utc);
        Console.WriteLine(S(leap) + " " + leap.DayOfWeek + " " + leap.DayOfYear + " " + leap.Kind + " " + leap.Ticks);
        Console.WriteLine(S(leap.AddDays(1)) + " " + S(leap.AddDays(-59)) + " " + S(leap.AddDays(0.5)) + " " + S(leap.AddDays(366)));
        Console.WriteLine(S(leap.AddMonths(1)) + " " + S(leap.AddMonths(12)) + " " + S(leap.AddYears(1)) + " " + S(leap.AddYears(4)) + " " + S(leap.AddMonths(-14)));
        Console.WriteLine(S(new DateTime(2024, 1, 31).AddMonths(1)) + " " + S(new DateTime(2023, 1, 31).AddMonths(1)) + " " + S(new DateTime(2024, 3, 31).AddMonths(-1)));
        Console.WriteLine(S(leap.AddHours(11)) + " " + S(leap.AddMinutes(-65)) + " " + S(leap.AddSeconds(3600 * 24 * 2 + 1)) + " " + S(leap.AddMilliseconds(1500)) + " " + S(leap.AddTicks(9999)));
        var start = new DateTime(2000, 1, 1);
        var end = new DateTime(2024, 2, 29, 13, 5, 7);
        TimeSpan diff = end - start;
        Console.WriteLine(diff + " " + diff.Days + " " + diff.TotalDays.ToString(CultureInfo.InvariantCulture) + " " + diff.TotalHours.ToString(CultureInfo.InvariantCulture));
        Console.WriteLine(S(end - TimeSpan.FromDays(10000)) + " " + S(start + new TimeSpan(1, 2, 3, 4, 5)));
        for (int y = 1999; y <= 2005; y++)
            Console.Write(new DateTime(y, 1, 1).DayOfWeek.ToString().Substring(0, 3) + (DateTime.IsLeapYear(y) ? "*" : "") + " ");
        Console.WriteLine();
        Console.WriteLine(DateTime.IsLeapYear(1900) + " " + DateTime.IsLeapYear(2000) + " " + DateTime.DaysInMonth(2024, 2) + " " + DateTime.DaysInMonth(2023, 2) + " " + DateTime.DaysInMonth(2024, 4));
        Console.WriteLine(S(end.Date) + " " + end.TimeOfDay + " " + end.Year + "/" + end.Month + "/" + end.Day + " " + end.Hour + ":" + end.Minute + ":" + end.Second + " " + end.Millisecond);
        Console.WriteLine((start < end) + " " + (start == new DateTime(2000, 1, 1, 0, 0, 0, DateTimeKind.Utc)) + " " + start.CompareTo(end) + " " + DateTime.Compare(end, start) + " " + start.Equals(start.AddTicks(0)));
        var unixEpoch = DateTime.UnixEpoch;
        Console.WriteLine(S(unixEpoch) + " " + (long)(leap - unixEpoch).TotalSeconds + " " + S(DateTimeOffset.FromUnixTimeSeconds(1700000000).UtcDateTime) + " " + new DateTimeOffset(leap).ToUnixTimeMilliseconds());
        Console.WriteLine(ISOWeek.GetWeekOfYear(leap) + " " + ISOWeek.GetWeekOfYear(new DateTime(2021, 1, 3)) + " " + ISOWeek.GetYear(new DateTime(2021, 1, 3)) + " " + S(ISOWeek.ToDateTime(2024, 1, DayOfWeek.Monday)));
        var cal = CultureInfo.InvariantCulture.Calendar;
        Console.WriteLine(cal.GetWeekOfYear(leap, CalendarWeekRule.FirstDay, DayOfWeek.Sunday) + " " + cal.GetDaysInYear(2024) + " " + cal.GetMonthsInYear(2024));
        var d = new DateTime(2024, 1, 1);
        int weekdays = 0;
        for (var day = d; day.Year == 2024; day = day.AddDays(1))
            if (day.DayOfWeek != DayOfWeek.Saturday && day.DayOfWeek != DayOfWeek.Sunday)
                weekdays++;
        Console.WriteLine("weekdays in 2024: " + weekdays);
        var dateOnly = DateOnly.FromDateTime(leap);
        Console.WriteLine(dateOnly.AddDays(1).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) + " " + dateOnly.DayNumber + " " + new TimeOnly(23, 30).Add(TimeSpan.FromHours(1)).ToString("HH:mm", CultureInfo.InvariantCulture));
        Console.WriteLine(new DateTime(2024, 2, 29).Subtract(new DateTime(2023, 2, 28)).Days + " " + S(new DateTime(2024, 2, 29).Subtract(TimeSpan.FromHours(1))));
        try
        {
            Console.WriteLine(new DateTime(2023, 2, 29));
        }
        catch (ArgumentOutOfRangeException e)
        {
            Console.WriteLine("ArgumentOutOfRangeException: " + e.Message);
        }
        try
        {
            Console.WriteLine(DateTime.MaxValue.AddDays(1));
        }
        catch (ArgumentOutOfRangeException e)
        {
            Console.WriteLine("ArgumentOutOfRangeException: " + e.Message);
        }
        return 0;
    }
}
