// Checks unchecked narrowing conversions (conv.i1/u1/i2/u2/i4/u4) keep the low bits and sign-/zero-extend them correctly.
static class Program
{
    static int s_300 = 300;
    static int s_200 = 200;
    static int s_70000 = 70000;
    static long s_big = 0x123456789ABCDEF0L;
    static ulong s_ubig = 0xFEDCBA9876543210UL;
    static int s_minusOne = -1;

    static int Main()
    {
        if ((byte)s_300 != 44) return 1;
        if ((sbyte)s_200 != -56) return 2;
        if ((short)s_70000 != 4464) return 3;
        if ((ushort)s_minusOne != 65535) return 4;
        if ((short)(s_70000 * 2 - 40000) != -31072) return 5;
        if ((int)s_big != unchecked((int)0x9ABCDEF0)) return 6;
        if ((uint)s_big != 0x9ABCDEF0u) return 7;
        if ((short)s_big != unchecked((short)0xDEF0)) return 8;
        if ((byte)s_big != 0xF0) return 9;
        if ((sbyte)s_big != -16) return 10;
        if ((int)s_ubig != 0x76543210) return 11;
        if ((char)s_ubig != '\u3210') return 12;
        if ((sbyte)(byte)s_200 != -56) return 13;
        if ((byte)(sbyte)(-s_200) != 56) return 14;
        if ((ushort)(short)s_minusOne != 65535) return 15;
        if ((short)(ushort)s_70000 != 4464) return 16;
        if ((int)(uint)s_minusOne != -1) return 17;
        if ((uint)(long)s_minusOne != uint.MaxValue) return 18;
        int sum = 0;
        for (int i = 0; i < 1024; i++)
            sum += (sbyte)i;
        if (sum != -512) return 19;
        sum = 0;
        for (int i = 0; i < 1024; i++)
            sum += (byte)i;
        if (sum != 130560) return 20;
        return 100;
    }
}
