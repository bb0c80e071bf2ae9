// Checks all six signed comparisons as values and as branches at MinValue/MaxValue for int, long, short and sbyte.
static class Program
{
    static int s_min = int.MinValue;
    static int s_max = int.MaxValue;
    static long s_lmin = long.MinValue;
    static long s_lmax = long.MaxValue;
    static short s_smin = short.MinValue;
    static sbyte s_sbmax = sbyte.MaxValue;

    static int Code(int a, int b)
    {
        int r = 0;
        if (a < b) r |= 1;
        if (a <= b) r |= 2;
        if (a > b) r |= 4;
        if (a >= b) r |= 8;
        if (a == b) r |= 16;
        if (a != b) r |= 32;
        return r;
    }

    static int CodeValue(long a, long b)
    {
        bool lt = a < b, le = a <= b, gt = a > b, ge = a >= b, eq = a == b, ne = a != b;
        return (lt ? 1 : 0) | (le ? 2 : 0) | (gt ? 4 : 0) | (ge ? 8 : 0) | (eq ? 16 : 0) | (ne ? 32 : 0);
    }

    static int Main()
    {
        if (Code(s_min, s_max) != 35) return 1;
        if (Code(s_max, s_min) != 44) return 2;
        if (Code(s_min, s_min) != 26) return 3;
        if (Code(s_min, -1) != 35) return 4;
        if (Code(0, s_min) != 44) return 5;
        if (CodeValue(s_lmin, s_lmax) != 35) return 6;
        if (CodeValue(s_lmax, s_lmin) != 44) return 7;
        if (CodeValue(s_lmax, s_lmax) != 26) return 8;
        if (CodeValue(s_min, s_max) != 35) return 9;
        if (CodeValue(s_lmin, s_min) != 35) return 10;
        if (Code(s_smin, s_sbmax) != 35) return 11;
        if (CodeValue(s_sbmax, s_smin) != 44) return 12;
        if (CodeValue(-1L, 0L) != 35) return 13;
        if (CodeValue(0x100000000L, 0xFFFFFFFFL) != 44) return 14;
        if (CodeValue(-0x100000000L, -0xFFFFFFFFL) != 35) return 15;
        return 100;
    }
}
