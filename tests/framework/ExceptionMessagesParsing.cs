// Exception type names and messages from parsing and formatting: int/long/double/decimal/bool/char/Guid/DateTime Parse failures (FormatException, OverflowException, ArgumentNullException), and a bad format string.
using System;
using System.Globalization;

class ExceptionMessagesParsing
{
    static void Check(string label, Func<object> f)
    {
        try
        {
            Console.WriteLine(label + ": no exception, " + f());
        }
        catch (Exception e)
        {
            Console.WriteLine(label + ": " + e.GetType().Name + ": " + e.Message);
            if (e is ArgumentException ae && ae.ParamName != null)
                Console.WriteLine("  ParamName=" + ae.ParamName);
        }
    }

    static int Main()
    {
        var inv = CultureInfo.InvariantCulture;
        Check("int x", () => int.Parse("x"));
        Check("int empty", () => int.Parse(""));
        Check("int null", () => int.Parse(null));
        Check("int overflow", () => int.Parse("99999999999"));
        Check("int negative overflow", () => int.Parse("-2147483649"));
        Check("uint negative", () => uint.Parse("-1"));
        Check("byte 300", () => byte.Parse("300"));
        Check("sbyte", () => sbyte.Parse("200"));
        Check("short", () => short.Parse("40000"));
        Check("long", () => long.Parse("1e5"));
        Check("ulong", () => ulong.Parse("18446744073709551616"));
        Check("int hex", () => int.Parse("G1", NumberStyles.HexNumber));
        Check("double", () => double.Parse("1..2", inv));
        Check("double null", () => double.Parse((string)null, inv));
        Check("decimal", () => decimal.Parse("1e400", NumberStyles.Float, inv));
        Check("decimal text", () => decimal.Parse("twelve", inv));
        Check("float", () => float.Parse("--1", inv));
        Check("bool", () => bool.Parse("yes"));
        Check("bool null", () => bool.Parse(null));
        Check("char", () => char.Parse("ab"));
        Check("guid", () => Guid.Parse("not-a-guid"));
        Check("datetime", () => DateTime.Parse("2024-02-30", inv));
        Check("datetime exact", () => DateTime.ParseExact("2024", "yyyy-MM", inv));
        Check("timespan", () => TimeSpan.Parse("1:2:3:4:5", inv));
        Check("version", () => Version.Parse("1.x"));
        Check("format index", () => string.Format("{2}", 1, 2));
        Check("format bad", () => string.Format("{0:}", 1) + string.Format("{x}", 1));
        Check("int format", () => 5.ToString("Z"));
        Check("double format", () => 1.5.ToString("X"));
        Check("enum", () => Enum.Parse<DayOfWeek>("Funday"));
        Check("int ok", () => int.Parse("  12  "));
        return 0;
    }
}
