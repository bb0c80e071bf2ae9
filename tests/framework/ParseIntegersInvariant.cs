// int, long, uint, byte, short Parse and TryParse with the invariant culture: signs, whitespace, NumberStyles (hex, thousands, parentheses, currency, exponent), bounds and failures.
using System;
using System.Globalization;

class ParseIntegersInvariant
{
    static void TryInt(string s, NumberStyles style = NumberStyles.Integer)
    {
        bool ok = int.TryParse(s, style, CultureInfo.InvariantCulture, out int v);
        Console.WriteLine("int.TryParse(" + Quote(s) + ", " + style + ") = " + ok + " " + v);
    }

    static void TryLong(string s, NumberStyles style = NumberStyles.Integer)
    {
        bool ok = long.TryParse(s, style, CultureInfo.InvariantCulture, out long v);
        Console.WriteLine("long.TryParse(" + Quote(s) + ", " + style + ") = " + ok + " " + v);
    }

    static string Quote(string s) =>
        s == null ? "null" : "\"" + s.Replace("\t", "\\t").Replace("\n", "\\n").Replace("\r", "\\r") + "\"";

    static int Main()
    {
        Console.WriteLine(int.Parse("123") + int.Parse("-45") + int.Parse("+6"));
        Console.WriteLine(int.Parse("  77  ", CultureInfo.InvariantCulture));
        Console.WriteLine(int.Parse("2147483647") + " " + int.Parse("-2147483648"));
        Console.WriteLine(long.Parse("-9223372036854775808") + " " + ulong.Parse("18446744073709551615"));
        Console.WriteLine(uint.Parse("4294967295") + " " + byte.Parse("255") + " " + sbyte.Parse("-128") + " " + short.Parse("-32768") + " " + ushort.Parse("65535"));
        Console.WriteLine(int.Parse("ff", NumberStyles.HexNumber) + " " + int.Parse("FFFFFFFF", NumberStyles.HexNumber) + " " + long.Parse("7fffffffffffffff", NumberStyles.AllowHexSpecifier));
        Console.WriteLine(int.Parse("1,234,567", NumberStyles.AllowThousands, CultureInfo.InvariantCulture));
        Console.WriteLine(int.Parse("(42)", NumberStyles.AllowParentheses));
        Console.WriteLine(int.Parse("1e3", NumberStyles.AllowExponent));
        Console.WriteLine(int.Parse("42-", NumberStyles.AllowTrailingSign));
        Console.WriteLine(int.Parse("0101", NumberStyles.BinaryNumber));
        Console.WriteLine(int.Parse("12".AsSpan()) + int.Parse("x34y".AsSpan(1, 2)));
        TryInt("123");
        TryInt("");
        TryInt(null);
        TryInt(" ");
        TryInt("12a");
        TryInt("2147483648");
        TryInt("-2147483649");
        TryInt("1.0");
        TryInt("1.0", NumberStyles.Number);
        TryInt("1.5", NumberStyles.Number);
        TryInt("1,000");
        TryInt("1,000", NumberStyles.Number);
        TryInt("0x10");
        TryInt("10", NumberStyles.HexNumber);
        TryInt("-10", NumberStyles.HexNumber);
        TryInt("\u00a41,234", NumberStyles.Currency);
        TryInt("+-1");
        TryInt("\t\n 5 \r");
        TryInt("\u0661\u0662");
        TryLong("9223372036854775807");
        TryLong("9223372036854775808");
        TryLong("00000000000000000000000000001");
        TryLong("-0");
        Console.WriteLine(byte.TryParse("256", out byte bb) + " " + bb + " " + sbyte.TryParse("-129", out sbyte sb) + " " + sb);
        Console.WriteLine(uint.TryParse("-1", out uint ui) + " " + uint.TryParse("-0", out ui) + " " + ui);
        return 0;
    }
}
