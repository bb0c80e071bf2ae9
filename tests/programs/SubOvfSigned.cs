// Checks checked signed subtraction (sub.ovf) for int and long right at the boundaries, without overflowing.
static class Program
{
    static int s_max = int.MaxValue;
    static int s_min = int.MinValue;
    static long s_lmax = long.MaxValue;
    static long s_lmin = long.MinValue;
    static int s_one = 1;

    static int Sub(int a, int b)
    {
        return checked(a - b);
    }

    static long SubL(long a, long b)
    {
        return checked(a - b);
    }

    static int Main()
    {
        if (Sub(s_min + 1, s_one) != int.MinValue) return 1;
        if (Sub(s_max - 1, -s_one) != int.MaxValue) return 2;
        if (Sub(-s_one, s_max) != int.MinValue) return 3;
        if (Sub(0, s_max) != -int.MaxValue) return 4;
        if (Sub(s_min, s_min) != 0) return 5;
        if (Sub(s_max, s_max) != 0) return 6;
        if (SubL(s_lmin + 1, s_one) != long.MinValue) return 7;
        if (SubL(-1L, s_lmax) != long.MinValue) return 8;
        if (SubL(0L, s_lmax) != -long.MaxValue) return 9;
        if (SubL(0x100000000L, s_one) != 0xFFFFFFFFL) return 10;
        if (SubL(s_min, s_one) != -2147483649L) return 11;
        if (unchecked(s_min - s_one) != int.MaxValue) return 12;
        if (unchecked(s_lmin - s_one) != long.MaxValue) return 13;
        return 100;
    }
}
