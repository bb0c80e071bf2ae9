// double, float and decimal Parse and TryParse with the invariant culture: exponents, NaN and Infinity spellings, thousands, leading dot, rounding of long inputs, failures.
using System;
using System.Globalization;

class ParseFloatingInvariant
{
    static void D(string s, NumberStyles style = NumberStyles.Float | NumberStyles.AllowThousands)
    {
        bool ok = double.TryParse(s, style, CultureInfo.InvariantCulture, out double v);
        Console.WriteLine("double " + Show(s) + " -> " + ok + " " + v.ToString("R", CultureInfo.InvariantCulture));
    }

    static void M(string s, NumberStyles style = NumberStyles.Number)
    {
        bool ok = decimal.TryParse(s, style, CultureInfo.InvariantCulture, out decimal v);
        Console.WriteLine("decimal " + Show(s) + " -> " + ok + " " + v.ToString(CultureInfo.InvariantCulture));
    }

    static string Show(string s) => s == null ? "null" : "'" + s + "'";

    static int Main()
    {
        var inv = CultureInfo.InvariantCulture;
        Console.WriteLine(double.Parse("3.5", inv) + double.Parse("-0.25", inv));
        Console.WriteLine(double.Parse("1e10", inv) + " " + double.Parse("1E-10", inv) + " " + double.Parse(".5", inv) + " " + double.Parse("5.", inv));
        Console.WriteLine(double.Parse("0.1", inv) + double.Parse("0.2", inv));
        Console.WriteLine(float.Parse("3.4028235E+38", inv) + " " + float.Parse("1e39", inv) + " " + float.Parse("1e-50", inv));
        Console.WriteLine(decimal.Parse("79228162514264337593543950335", inv) + " " + decimal.Parse("-1.000", inv));
        D("123.456");
        D("  -7.5e+2  ");
        D("1,234.5");
        D("NaN");
        D("nan");
        D("Infinity");
        D("-Infinity");
        D("\u221e");
        D("-\u221e");
        D("1e309");
        D("-1e309");
        D("4.9e-324");
        D("2e-324");
        D("0.1000000000000000055511151231257827");
        D("9007199254740993");
        D("123456789012345678901234567890");
        D("");
        D("abc");
        D("1.2.3");
        D("1e");
        D("0x1A");
        D("-0");
        D("+.5e1");
        M("1.5");
        M("-1,234.5678");
        M("1e3");
        M("1e3", NumberStyles.Float);
        M("0.00000000000000000000000000001");
        M("0.000000000000000000000000000001");
        M("79228162514264337593543950336");
        M("1.23456789012345678901234567890123");
        M("(5.5)", NumberStyles.Number | NumberStyles.AllowParentheses);
        M("\u00a45.50", NumberStyles.Currency);
        M("x");
        Console.WriteLine(float.TryParse("1.5", NumberStyles.Float, inv, out float f) + " " + f + " " + float.TryParse("bad", NumberStyles.Float, inv, out f) + " " + f);
        return 0;
    }
}
