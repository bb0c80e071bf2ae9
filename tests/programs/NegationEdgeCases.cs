// Checks unary minus and bitwise complement edge cases: -MinValue wraps, ~x == -x-1, -uint widens to long, negating zero.
static class Program
{
    static int s_min = int.MinValue;
    static long s_lmin = long.MinValue;
    static uint s_u = 5;
    static int s_zero = 0;

    static int Main()
    {
        if (-s_min != int.MinValue) return 1;
        if (-s_lmin != long.MinValue) return 2;
        long neg = -s_u;
        if (neg != -5L) return 3;
        if (-s_zero != 0) return 4;
        for (int x = -5; x <= 5; x++)
        {
            if (~x != -x - 1) return 5;
            if (-(-x) != x) return 6;
        }
        if (~s_u != 4294967290u) return 7;
        if (~(ulong)s_u != 18446744073709551610UL) return 8;
        if (~(long)s_min != 2147483647L) return 9;
        if (checked(-(s_min + 1)) != int.MaxValue) return 10;
        if (checked(-(s_lmin + 1)) != long.MaxValue) return 11;
        sbyte sb = -128;
        sb = (sbyte)(sb - s_zero);
        if ((sbyte)-sb != -128) return 12;
        if (-sb != 128) return 13;
        return 100;
    }
}
