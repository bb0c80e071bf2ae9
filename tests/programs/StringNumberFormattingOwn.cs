// Checks hand-written conversions between numbers and strings using only string indexing and concatenation: integer to decimal and hex text via a digit table, parsing back with sign handling, and round trips over many values.
static class Program
{
    static string s_digits = "0123456789abcdef";
    static string[] s_digitStrings = { "0", "1", "2", "3", "4", "5", "6", "7", "8", "9", "a", "b", "c", "d", "e", "f" };

    static string Format(long v, int radix)
    {
        if (v == 0) return "0";
        bool neg = v < 0;
        ulong u = neg ? (ulong)(-(v + 1)) + 1 : (ulong)v;
        string r = "";
        while (u != 0) { r = s_digitStrings[(int)(u % (ulong)radix)] + r; u /= (ulong)radix; }
        return neg ? "-" + r : r;
    }

    static long Parse(string s, int radix)
    {
        int i = 0;
        bool neg = false;
        if (s.Length > 0 && s[0] == '-') { neg = true; i = 1; }
        long v = 0;
        for (; i < s.Length; i++)
        {
            int d = 0;
            while (s_digits[d] != s[i]) d++;
            v = v * radix - d;
        }
        return neg ? v : -v;
    }

    static int Main()
    {
        if (Format(0, 10) != "0" || Format(12345, 10) != "12345" || Format(-987, 10) != "-987") return 1;
        if (Format(255, 16) != "ff" || Format(4096, 16) != "1000" || Format(5, 2) != "101") return 2;
        if (Format(long.MinValue, 10) != "-9223372036854775808" || Format(long.MaxValue, 16) != "7fffffffffffffff") return 3;
        if (Parse("12345", 10) != 12345 || Parse("-ff", 16) != -255 || Parse("0", 10) != 0) return 4;
        if (Parse("-9223372036854775808", 10) != long.MinValue) return 5;
        long x = 1;
        for (int i = 0; i < 60; i++)
        {
            x = x * 3 + i;
            for (int radix = 2; radix <= 16; radix += 7)
                if (Parse(Format(x, radix), radix) != x || Parse(Format(-x, radix), radix) != -x) return 6;
        }
        return 100;
    }
}
