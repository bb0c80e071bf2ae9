// Checks widening conversions sign-extend signed sources and zero-extend unsigned ones (conv.i8/u8, ldsfld of small types, char).
static class Program
{
    static sbyte s_sb = -1;
    static byte s_b = 255;
    static short s_s = -2;
    static ushort s_us = 65534;
    static char s_c = '\uFFFE';
    static int s_i = -3;
    static uint s_u = 0xFFFFFFFDu;

    static int Main()
    {
        int a = s_sb;
        if (a != -1) return 1;
        int b = s_b;
        if (b != 255) return 2;
        long l1 = s_sb;
        if (l1 != -1L) return 3;
        ulong u1 = (ulong)s_sb;
        if (u1 != ulong.MaxValue) return 4;
        ulong u2 = s_b;
        if (u2 != 255UL) return 5;
        long l2 = s_s;
        if (l2 != -2L) return 6;
        long l3 = s_us;
        if (l3 != 65534L) return 7;
        long l4 = s_c;
        if (l4 != 65534L) return 8;
        long l5 = s_i;
        if (l5 != -3L) return 9;
        long l6 = s_u;
        if (l6 != 4294967293L) return 10;
        ulong u3 = (ulong)s_i;
        if (u3 != 0xFFFFFFFFFFFFFFFDUL) return 11;
        ulong u4 = s_u;
        if (u4 != 0x00000000FFFFFFFDUL) return 12;
        long l7 = (long)(ulong)s_u;
        if (l7 != 4294967293L) return 13;
        long l8 = (int)s_u;
        if (l8 != -3L) return 14;
        ulong u5 = (uint)s_i;
        if (u5 != 4294967293UL) return 15;
        short s = s_sb;
        if (s != -1) return 16;
        ushort us = s_b;
        if (us != 255) return 17;
        int ci = s_c;
        if (ci != 65534) return 18;
        double d = s_u;
        if (d != 4294967293.0) return 19;
        double e = s_i;
        if (e != -3.0) return 20;
        return 100;
    }
}
