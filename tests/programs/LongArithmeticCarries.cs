// Checks int64 add/sub/mul/neg/compare where carries and borrows cross the 32-bit halves.
static class Program
{
    static long s_lowMax = 0xFFFFFFFFL;
    static long s_one = 1;
    static ulong s_u = 0x00000001FFFFFFFFUL;

    static int Main()
    {
        long a = s_lowMax + s_one;
        if (a != 0x100000000L) return 1;
        if (a - s_one != 0xFFFFFFFFL) return 2;
        if (-a != unchecked((long)0xFFFFFFFF00000000UL)) return 3;
        if (s_lowMax * s_lowMax != unchecked((long)0xFFFFFFFE00000001UL)) return 4;
        if (a * a != 0L) return 5;
        if ((a + 5) * (a - 5) != -25L) return 6;
        if (s_u + 1 != 0x200000000UL) return 7;
        if ((s_u << 31) != 0xFFFFFFFF80000000UL) return 8;
        if ((long)(int)s_lowMax != -1L) return 9;
        if ((long)(uint)s_lowMax != 0xFFFFFFFFL) return 10;
        long hiOnly = 0x700000000L + (s_one - 1);
        long loOnly = 0x0FFFFFFFFL + (s_one - 1);
        if (!(hiOnly > loOnly)) return 11;
        if (!(-hiOnly < -loOnly)) return 12;
        if ((ulong)(-hiOnly) < (ulong)loOnly) return 13;
        long sum = 0;
        for (int i = 0; i < 100; i++)
            sum += 0x7FFFFFFFL + i;
        if (sum != 214748369650L) return 14;
        long b = -s_one;
        if ((ulong)b >> 32 != 0xFFFFFFFFUL) return 15;
        if (b >> 32 != -1L) return 16;
        if ((b & 0xFFFFFFFFL) != 0xFFFFFFFFL) return 17;
        return 100;
    }
}
