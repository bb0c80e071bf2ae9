// Checks integer->float/double conversions round to nearest even (conv.r4/conv.r8 from i4/i8) and unsigned sources use conv.r.un.
static class Program
{
    static int s_max = int.MaxValue;
    static int s_2p24p1 = 16777217;
    static long s_lmax = long.MaxValue;
    static long s_2p53p1 = 9007199254740993L;
    static uint s_umax = uint.MaxValue;
    static ulong s_ulmax = ulong.MaxValue;
    static ulong s_tie = 0x8000000000000400UL;

    static int Main()
    {
        if ((float)s_max != 2147483648f) return 1;
        if ((double)s_max != 2147483647.0) return 2;
        if ((float)s_2p24p1 != 16777216f) return 3;
        if ((float)(s_2p24p1 + 2) != 16777220f) return 4;
        if ((float)(s_2p24p1 + 4) != 16777220f) return 5;
        if ((double)s_lmax != 9223372036854775808.0) return 6;
        if ((double)s_2p53p1 != 9007199254740992.0) return 7;
        if ((double)(s_2p53p1 + 2) != 9007199254740996.0) return 8;
        if ((double)(-s_2p53p1) != -9007199254740992.0) return 9;
        if ((double)s_umax != 4294967295.0) return 10;
        if ((double)(s_umax - 0x7FFFFFFFu) != 2147483648.0) return 11;
        if ((float)s_umax != 4294967296f) return 12;
        if ((double)s_ulmax != 18446744073709551616.0) return 13;
        if ((double)s_tie != 9223372036854775808.0) return 14;
        if ((double)(s_tie + 1) != 9223372036854777856.0) return 15;
        if ((double)(s_tie << 1 >> 1) != 1024.0) return 16;
        long big = 0x1000001000000001L;
        if ((float)(big + s_2p24p1 - 16777217) != 1152921642045800448f) return 17;
        if ((float)(-s_max - 1) != -2147483648f) return 18;
        int sum = 0;
        for (int i = -1000; i <= 1000; i++)
            if ((int)(double)i != i || (int)(float)i != i) sum++;
        if (sum != 0) return 19;
        byte b = 200;
        sbyte sb = -100;
        char c = 'Z';
        if ((double)b + sb + c != 190.0) return 20;
        return 100;
    }
}
