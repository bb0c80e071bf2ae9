// Checks unchecked double->uint (conv.u4) saturates: negatives and NaN -> 0, too large -> uint.MaxValue; values above int.MaxValue convert exactly.
static class Program
{
    static double s_minusOne = -1.0;
    static double s_nan = double.NaN;
    static double s_big = 1e20;
    static double s_half = 0.5;

    static uint ToUInt(double d)
    {
        return (uint)d;
    }

    static int Main()
    {
        if (ToUInt(s_minusOne) != 0u) return 1;
        if (ToUInt(s_nan) != 0u) return 2;
        if (ToUInt(s_big) != uint.MaxValue) return 3;
        if (ToUInt(-s_big) != 0u) return 4;
        if (ToUInt(4294967295.0 + s_half) != uint.MaxValue) return 5;
        if (ToUInt(4294967296.0 + s_half - s_half) != uint.MaxValue) return 6;
        if (ToUInt(-s_half) != 0u) return 7;
        if (ToUInt(3e9 + s_half) != 3000000000u) return 8;
        if (ToUInt(2147483648.0 + s_half - s_half) != 0x80000000u) return 9;
        if (ToUInt(double.PositiveInfinity + s_half) != uint.MaxValue) return 10;
        if (ToUInt(double.NegativeInfinity + s_half) != 0u) return 11;
        if (ToUInt(-2147483648.0 + s_half - s_half) != 0u) return 12;
        if (ToUInt(12345.99 + s_half - s_half) != 12345u) return 13;
        return 100;
    }
}
