// Checks int.ToString() and long.ToString() without format strings: zero, positive and negative values, MinValue and MaxValue, values built in loops, and the results concatenated and measured.
static class Program
{
    static int s_i = 12345;
    static long s_l = 9876543210L;

    static int Main()
    {
        if (s_i.ToString() != "12345") return 1;
        if ((-s_i).ToString() != "-12345") return 2;
        int zero = s_i - s_i;
        if (zero.ToString() != "0") return 3;
        int min = int.MinValue + zero, max = int.MaxValue - zero;
        if (min.ToString() != "-2147483648" || max.ToString() != "2147483647") return 4;
        if (s_l.ToString() != "9876543210") return 5;
        long lmin = long.MinValue + zero, lmax = long.MaxValue - zero;
        if (lmin.ToString() != "-9223372036854775808" || lmax.ToString() != "9223372036854775807") return 6;
        if ((-s_l).ToString().Length != 11) return 7;
        string acc = "";
        for (int i = 0; i < 12; i++) acc = acc + i.ToString();
        if (acc != "01234567891011" || acc.Length != 14) return 8;
        long p = 1;
        for (int i = 0; i < 18; i++) p *= 10;
        if (p.ToString() != "1000000000000000000") return 9;
        int digits = 0;
        for (int v = 1; v <= 1000; v *= 10) digits += v.ToString().Length;
        if (digits != 10) return 10;
        return 100;
    }
}
