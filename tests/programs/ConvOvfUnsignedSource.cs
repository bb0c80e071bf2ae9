// Checks checked conversions from unsigned sources (conv.ovf.*.un) at their limits, which must not throw.
static class Program
{
    static uint s_imax = int.MaxValue;
    static uint s_255 = 255;
    static ulong s_lmax = long.MaxValue;
    static ulong s_umax = uint.MaxValue;
    static ushort s_us = 32767;
    static char s_c = '\u00FF';
    static char s_c127 = '\u007F';

    static int Main()
    {
        if (checked((int)s_imax) != int.MaxValue) return 1;
        if (checked((byte)s_255) != 255) return 2;
        if (checked((sbyte)(s_255 >> 1)) != 127) return 3;
        if (checked((short)s_us) != 32767) return 4;
        if (checked((ushort)(s_255 * 257u)) != 65535) return 5;
        if (checked((long)s_lmax) != long.MaxValue) return 6;
        if (checked((uint)s_umax) != uint.MaxValue) return 7;
        if (checked((int)(s_umax >> 1)) != int.MaxValue) return 8;
        if (checked((byte)(ulong)s_255) != 255) return 9;
        if (checked((char)(s_umax >> 16)) != '\uFFFF') return 10;
        if (checked((sbyte)s_c127) != 127) return 11;
        if (checked((byte)s_c) != 255) return 12;
        if (checked((short)s_c) != 255) return 13;
        if (checked((int)(ulong)s_imax) != int.MaxValue) return 14;
        if (checked((long)(uint)s_umax) != 4294967295L) return 15;
        if (checked((sbyte)(ushort)(s_us >> 8)) != 127) return 16;
        if (checked((char)s_us) != '\u7FFF') return 17;
        if (checked((short)(char)(s_c127 + 32640)) != 32767) return 18;
        return 100;
    }
}
