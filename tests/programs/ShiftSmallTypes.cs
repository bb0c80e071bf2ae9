// Checks shifts on byte/sbyte/short/ushort/char promote to int first (no truncation before the shift) and are masked to 5 bits.
static class Program
{
    static byte s_b = 0xF0;
    static sbyte s_sb = -2;
    static short s_s = -32768;
    static ushort s_us = 0x8000;
    static char s_c = '\u8000';

    static int Main()
    {
        if (s_b << 4 != 0xF00) return 1;
        if ((byte)(s_b << 4) != 0) return 2;
        if (s_b >> 4 != 0x0F) return 3;
        if (s_sb >> 1 != -1) return 4;
        if (s_sb << 8 != -512) return 5;
        if ((byte)s_sb >> 1 != 127) return 6;
        if (s_s >> 15 != -1) return 7;
        if (s_s << 1 != -65536) return 8;
        if ((short)(s_s << 1) != 0) return 9;
        if (s_us >> 15 != 1) return 10;
        if (s_us << 16 != int.MinValue) return 11;
        if (s_c >> 15 != 1) return 12;
        if (s_c << 17 != 0) return 13;
        if (s_b << 36 != 0xF00) return 14;
        byte b = s_b;
        b >>= 9;
        if (b != 0) return 15;
        b = s_b;
        b <<= 33;
        if (b != 0xE0) return 16;
        sbyte sb = s_sb;
        sb >>= 40;
        if (sb != -1) return 17;
        return 100;
    }
}
