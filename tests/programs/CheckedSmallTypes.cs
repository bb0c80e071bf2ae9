// Checks checked arithmetic and compound assignment on byte/sbyte/short/ushort (conv.ovf.u1/i1/i2/u2) staying in range.
static class Program
{
    static byte s_b = 254;
    static sbyte s_sb = -127;
    static short s_s = 32766;
    static ushort s_us = 1;

    static int Main()
    {
        byte b = s_b;
        b = checked((byte)(b + 1));
        if (b != 255) return 1;
        checked { b -= 255; }
        if (b != 0) return 2;
        sbyte sb = s_sb;
        checked { sb--; }
        if (sb != -128) return 3;
        sb = checked((sbyte)(sb + 255));
        if (sb != 127) return 4;
        short s = s_s;
        checked { s++; }
        if (s != short.MaxValue) return 5;
        s = checked((short)(-s - 1));
        if (s != short.MinValue) return 6;
        ushort us = s_us;
        checked { us += 65534; }
        if (us != ushort.MaxValue) return 7;
        checked { us -= ushort.MaxValue; }
        if (us != 0) return 8;
        unchecked { us--; }
        if (us != 65535) return 9;
        unchecked { b += 200; b += 100; }
        if (b != 44) return 10;
        return 100;
    }
}
