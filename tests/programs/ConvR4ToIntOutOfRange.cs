// Checks unchecked float->int/uint/long/ulong conversions saturate (NaN -> 0, out of range -> Min/Max) and truncate in range.
static class Program
{
    static float s_nan = float.NaN;
    static float s_inf = float.PositiveInfinity;
    static float s_zero = 0.0f;

    static int Main()
    {
        if ((int)s_nan != 0) return 1;
        if ((uint)s_nan != 0u) return 2;
        if ((long)s_nan != 0L) return 3;
        if ((ulong)s_nan != 0UL) return 4;
        if ((int)s_inf != int.MaxValue) return 5;
        if ((int)-s_inf != int.MinValue) return 6;
        if ((uint)-s_inf != 0u) return 7;
        if ((long)-s_inf != long.MinValue) return 8;
        if ((ulong)s_inf != ulong.MaxValue) return 9;
        float f = 2147483648f + s_zero;
        if ((int)f != int.MaxValue) return 10;
        if ((int)-f != int.MinValue) return 11;
        if ((uint)f != 2147483648u) return 12;
        if ((uint)(f * 2.0f) != uint.MaxValue) return 13;
        if ((long)(f * f * 2.0f) != long.MaxValue) return 14;
        if ((ulong)(f * f * 2.0f) != 9223372036854775808UL) return 15;
        if ((ulong)(f * f * 4.0f) != ulong.MaxValue) return 16;
        if ((ulong)(1e19f + s_zero) != 9999999980506447872UL) return 17;
        if ((int)(-1.5f + s_zero) != -1) return 18;
        if ((uint)(-1.5f + s_zero) != 0u) return 19;
        if ((int)(16777215.9f + s_zero) != 16777216) return 20;
        if ((long)(-3e9f + s_zero) != -3000000000L) return 21;
        return 100;
    }
}
