// Checks unchecked double->long (conv.i8) saturates: NaN -> 0, >= 2^63 -> MaxValue, < -2^63 -> MinValue; large in-range values are exact.
static class Program
{
    static double s_nan = double.NaN;
    static double s_two63 = 9223372036854775808.0;
    static double s_zero = 0.0;

    static long ToLong(double d)
    {
        return (long)d;
    }

    static int Main()
    {
        if (ToLong(s_nan) != 0L) return 1;
        if (ToLong(s_two63) != long.MaxValue) return 2;
        if (ToLong(-s_two63) != long.MinValue) return 3;
        if (ToLong(s_two63 * 2.0) != long.MaxValue) return 4;
        if (ToLong(-s_two63 * 2.0) != long.MinValue) return 5;
        if (ToLong(1.0 / s_zero) != long.MaxValue) return 6;
        if (ToLong(-1.0 / s_zero) != long.MinValue) return 7;
        if (ToLong(9223372036854774784.0 + s_zero) != 9223372036854774784L) return 8;
        if (ToLong(-9223372036854774784.0 + s_zero) != -9223372036854774784L) return 9;
        if (ToLong(4294967296.5 + s_zero) != 4294967296L) return 10;
        if (ToLong(-4294967296.5 + s_zero) != -4294967296L) return 11;
        if (ToLong(1e300 + s_zero) != long.MaxValue) return 12;
        if (ToLong(-0.99 + s_zero) != 0L) return 13;
        if (ToLong(9007199254740993.0 + s_zero) != 9007199254740992L) return 14;
        return 100;
    }
}
