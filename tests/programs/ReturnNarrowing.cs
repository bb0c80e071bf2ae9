// Checks methods returning small types normalize the value (byte/sbyte/short/ushort/char/bool/float) as seen by the caller.
static class Program
{
    static int s_300 = 300;
    static int s_neg = -1;
    static double s_d = 0.1;

    static byte ToByte(int x) { return (byte)x; }
    static sbyte ToSByte(int x) { return (sbyte)x; }
    static short ToShort(int x) { return (short)x; }
    static ushort ToUShort(int x) { return (ushort)x; }
    static char ToChar(int x) { return (char)x; }
    static bool IsOdd(int x) { return (x & 1) != 0; }
    static float ToFloat(double x) { return (float)x; }
    static uint ToUInt(long x) { return (uint)x; }
    static int ToInt(ulong x) { return (int)x; }

    static int Main()
    {
        if (ToByte(s_300) != 44) return 1;
        if (ToByte(s_neg) != 255) return 2;
        if (ToSByte(s_300 - 100) != -56) return 3;
        if (ToSByte(s_neg) != -1) return 4;
        if (ToShort(s_300 * 200) != -5536) return 5;
        if (ToUShort(s_neg) != 65535) return 6;
        if (ToChar(s_300 * 300 - 24465) != '\uFFFF' || ToChar(s_300 * 300 - 24464) != '\0') return 7;
        if (!IsOdd(s_300 + 1) || IsOdd(s_300)) return 8;
        int sum = ToByte(s_neg) + ToSByte(s_neg) + ToUShort(s_neg) + ToShort(s_neg);
        if (sum != 255 - 1 + 65535 - 1) return 9;
        if ((double)ToFloat(s_d) != 0.10000000149011612) return 10;
        if (ToUInt(-1L + s_neg + 1) != uint.MaxValue) return 11;
        if (ToInt(0xFFFFFFFF80000000UL + (ulong)(s_neg + 1)) != int.MinValue) return 12;
        long widened = ToUInt(s_neg);
        if (widened != 4294967295L) return 13;
        return 100;
    }
}
