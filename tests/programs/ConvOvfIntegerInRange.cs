// Checks checked integer conversions from signed sources (conv.ovf.i1/u1/i2/u2/i4/u4/i8/u8) at the exact range limits, which must not throw.
static class Program
{
    static int s_127 = 127;
    static int s_255 = 255;
    static long s_lmaxInt = int.MaxValue;
    static long s_lminInt = int.MinValue;
    static long s_luint = uint.MaxValue;
    static int s_zero = 0;

    static int Main()
    {
        if (checked((sbyte)s_127) != 127) return 1;
        if (checked((sbyte)(-s_127 - 1)) != -128) return 2;
        if (checked((byte)s_255) != 255) return 3;
        if (checked((byte)s_zero) != 0) return 4;
        if (checked((short)(s_127 * 258 + 1)) != 32767) return 5;
        if (checked((short)(-s_127 * 258 - 2)) != -32768) return 6;
        if (checked((ushort)(s_255 * 257)) != 65535) return 7;
        if (checked((char)(s_255 * 257)) != '\uFFFF') return 8;
        if (checked((int)s_lmaxInt) != int.MaxValue) return 9;
        if (checked((int)s_lminInt) != int.MinValue) return 10;
        if (checked((uint)s_luint) != uint.MaxValue) return 11;
        if (checked((uint)s_lmaxInt) != 2147483647u) return 12;
        if (checked((uint)s_zero) != 0u) return 13;
        if (checked((ulong)s_lmaxInt) != 2147483647UL) return 14;
        if (checked((ulong)(long)s_zero) != 0UL) return 15;
        if (checked((byte)(long)s_255) != 255) return 16;
        if (checked((sbyte)(short)(-s_127 - 1)) != -128) return 17;
        if (checked((long)s_127) != 127L) return 18;
        short sh = (short)s_127;
        if (checked((byte)sh) != 127) return 19;
        sbyte sb = (sbyte)s_127;
        if (checked((char)sb) != '\u007F') return 20;
        return 100;
    }
}
