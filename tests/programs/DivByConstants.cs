// Checks division/remainder by non-power-of-two constants (magic-number lowering) against repeated-subtraction references.
static class Program
{
    static int s_limit = 3000;

    static int SlowDiv(int a, int b)
    {
        int sign = 1;
        if (a < 0) { a = -a; sign = -sign; }
        if (b < 0) { b = -b; sign = -sign; }
        int q = 0;
        while (a >= b) { a -= b; q++; }
        return q * sign;
    }

    static int Main()
    {
        for (int i = -s_limit; i <= s_limit; i += 7)
        {
            if (i / 3 != SlowDiv(i, 3)) return 1;
            if (i / 7 != SlowDiv(i, 7)) return 2;
            if (i / 10 != SlowDiv(i, 10)) return 3;
            if (i / -3 != SlowDiv(i, -3)) return 4;
            if (i % 10 != i - SlowDiv(i, 10) * 10) return 5;
            if (i / 641 != SlowDiv(i, 641)) return 6;
        }
        int min = int.MinValue + s_limit - 3000;
        uint big = 4294967295u - (uint)s_limit;
        for (uint u = big; u != 0; u++)
        {
            uint q = u / 3u;
            if ((ulong)q * 3 > u || u - q * 3u >= 3u) return 7;
            if (u % 10u != (u - (u / 10u) * 10u)) return 8;
        }
        if ((min - 1) / 7 != 306783378) return 9;
        if (min / 3 != -715827882) return 10;
        if (min % 3 != -2) return 11;
        if (min / 10 != -214748364) return 12;
        long lmin = long.MinValue + s_limit - 3000;
        if (lmin / 10 != -922337203685477580L) return 13;
        if (lmin % 10 != -8L) return 14;
        if ((ulong)lmin / 10 != 922337203685477580UL) return 15;
        if ((ulong)lmin % 10 != 8UL) return 16;
        return 100;
    }
}
