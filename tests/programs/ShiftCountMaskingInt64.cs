// Checks long/ulong shift counts are masked to 6 bits (x << 64 == x, x << 65 == x << 1) and counts 32..63 reach the high half.
static class Program
{
    static long s_one = 1;
    static long s_neg = -256;
    static ulong s_u = 0x8000000000000001UL;

    static long Shl(long x, int n) { return x << n; }
    static long Shr(long x, int n) { return x >> n; }
    static ulong ShrU(ulong x, int n) { return x >> n; }

    static int Main()
    {
        if (Shl(s_one, 32) != 0x100000000L) return 1;
        if (Shl(s_one, 63) != long.MinValue) return 2;
        if (Shl(s_one, 64) != 1L) return 3;
        if (Shl(s_one, 65) != 2L) return 4;
        if (Shl(s_one, -1) != long.MinValue) return 5;
        if (Shr(s_neg, 64) != -256L) return 6;
        if (Shr(s_neg, 40) != -1L) return 7;
        if (Shr(s_neg, 4) != -16L) return 8;
        if (ShrU(s_u, 64) != 0x8000000000000001UL) return 9;
        if (ShrU(s_u, 63) != 1UL) return 10;
        if (ShrU(s_u, 32) != 0x80000000UL) return 11;
        if (ShrU(s_u, 31) != 0x100000000UL) return 12;
        if (ShrU(s_u, 127) != 1UL) return 13;
        if ((s_u << 1) != 2UL) return 14;
        for (int n = 0; n < 200; n++)
        {
            if (Shl(s_one, n) != Shl(s_one, n & 63)) return 15;
            if (Shr(long.MinValue, n) != Shr(long.MinValue, n % 64)) return 16;
        }
        long x = 0x0123456789ABCDEFL;
        if ((x << 36) != unchecked((long)0x9ABCDEF000000000UL)) return 17;
        if ((x >> 36) != 0x0123456L) return 18;
        return 100;
    }
}
