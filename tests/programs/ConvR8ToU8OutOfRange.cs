// Checks unchecked double->ulong (conv.u8) saturates: negatives and NaN -> 0, >= 2^64 -> MaxValue; values in [2^63, 2^64) convert exactly.
static class Program
{
    static double s_nan = double.NaN;
    static double s_two63 = 9223372036854775808.0;
    static double s_zero = 0.0;

    static ulong ToULong(double d)
    {
        return (ulong)d;
    }

    static int Main()
    {
        if (ToULong(-1.0 + s_zero) != 0UL) return 1;
        if (ToULong(s_nan) != 0UL) return 2;
        if (ToULong(s_two63) != 9223372036854775808UL) return 3;
        if (ToULong(s_two63 * 2.0) != ulong.MaxValue) return 4;
        if (ToULong(18446744073709549568.0 + s_zero) != 18446744073709549568UL) return 5;
        if (ToULong(s_two63 + 4096.0) != 9223372036854779904UL) return 6;
        if (ToULong(1e30 + s_zero) != ulong.MaxValue) return 7;
        if (ToULong(-1.0 / s_zero) != 0UL) return 8;
        if (ToULong(1.0 / s_zero) != ulong.MaxValue) return 9;
        if (ToULong(-s_two63) != 0UL) return 10;
        if (ToULong(-0.75 + s_zero) != 0UL) return 11;
        if (ToULong(4294967295.75 + s_zero) != 4294967295UL) return 12;
        if (ToULong(s_two63 - 1024.0) != 9223372036854774784UL) return 13;
        return 100;
    }
}
