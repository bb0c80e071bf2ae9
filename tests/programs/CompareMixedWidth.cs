// Checks comparisons between mixed types: int vs uint (both widened to long), int vs long, byte vs sbyte, ushort vs short, char vs int, int vs float/double.
static class Program
{
    static int s_negOne = -1;
    static uint s_uOne = 1;
    static long s_big = 0x100000000L;
    static byte s_b = 200;
    static sbyte s_sb = -56;
    static char s_c = 'A';

    static int Main()
    {
        if (!(s_negOne < s_uOne)) return 1;
        if ((uint)s_negOne < s_uOne) return 2;
        if (!(s_negOne < s_big)) return 3;
        if (!(s_b > s_sb)) return 4;
        if ((byte)s_sb != s_b) return 5;
        if (s_c != 65) return 6;
        if (!(s_c > s_negOne)) return 7;
        long l = s_negOne;
        if (l != -1L) return 8;
        ulong ul = s_uOne;
        if (ul != 1UL) return 9;
        if (s_negOne == s_uOne + 4294967294u) return 10;
        if ((uint)s_negOne != uint.MaxValue) return 11;
        short sh = s_sb;
        if (sh != -56) return 12;
        ushort us = (ushort)s_sb;
        if (us != 65480) return 13;
        if (!(us > sh)) return 14;
        float f = s_big;
        if (!(f == 4294967296f)) return 15;
        double d = s_negOne;
        if (!(d < s_uOne)) return 16;
        return 100;
    }
}
