// Checks >> sign-extends for signed types and zero-fills for unsigned ones, and >>> (shr.un) zero-fills signed int/long.
static class Program
{
    static int s_neg = -8;
    static long s_lneg = -8;
    static uint s_u = 0xFFFFFFF8u;
    static ulong s_ul = 0xFFFFFFFFFFFFFFF8UL;
    static int s_n = 1;

    static int Main()
    {
        if (s_neg >> s_n != -4) return 1;
        if (s_neg >>> s_n != 0x7FFFFFFC) return 2;
        if (s_u >> s_n != 0x7FFFFFFCu) return 3;
        if ((int)s_u >> s_n != -4) return 4;
        if (s_lneg >> s_n != -4L) return 5;
        if (s_lneg >>> s_n != 0x7FFFFFFFFFFFFFFCL) return 6;
        if (s_ul >> s_n != 0x7FFFFFFFFFFFFFFCUL) return 7;
        if ((long)s_ul >> s_n != -4L) return 8;
        if (s_neg >> 31 != -1) return 9;
        if (s_neg >>> 31 != 1) return 10;
        if (s_lneg >>> 63 != 1L) return 11;
        if ((-1 >> (s_n + 30)) != -1) return 12;
        int x = s_neg;
        x >>>= 28;
        if (x != 15) return 13;
        int p = 1;
        for (int i = 0; i < 31; i++)
            p <<= s_n;
        if (p != int.MinValue) return 14;
        if (p >> 30 != -2) return 15;
        if ((uint)p >> 30 != 2u) return 16;
        return 100;
    }
}
