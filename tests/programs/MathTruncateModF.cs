// Checks Math.Truncate and MathF.Truncate (C's modf in Mono's CoreLib): toward zero, the sign of zero kept, large
// and infinite values unchanged, NaN stays NaN.
static class Program
{
    static double[] s_d = { 2.75, -2.75, -0.5, 4503599627370497.0, double.PositiveInfinity, double.NaN, -3.0 };
    static float[] s_f = { 2.75f, -2.75f, -0.5f, 16777217.0f, float.NegativeInfinity };

    static long Bits(double d) => System.BitConverter.DoubleToInt64Bits(d);

    static int Main()
    {
        double[] d = s_d;
        if (System.Math.Truncate(d[0]) != 2.0) return 1;
        if (System.Math.Truncate(d[1]) != -2.0) return 2;
        if (Bits(System.Math.Truncate(d[2])) != Bits(-0.0)) return 3;
        if (System.Math.Truncate(d[3]) != 4503599627370497.0) return 4;
        if (System.Math.Truncate(d[4]) != double.PositiveInfinity) return 5;
        if (!double.IsNaN(System.Math.Truncate(d[5]))) return 6;
        if (System.Math.Truncate(d[6]) != -3.0) return 7;
        float[] f = s_f;
        if (System.MathF.Truncate(f[0]) != 2.0f) return 8;
        if (System.MathF.Truncate(f[1]) != -2.0f) return 9;
        if (System.BitConverter.SingleToInt32Bits(System.MathF.Truncate(f[2])) != System.BitConverter.SingleToInt32Bits(-0.0f)) return 10;
        if (System.MathF.Truncate(f[3]) != 16777216.0f) return 11;
        if (System.MathF.Truncate(f[4]) != float.NegativeInfinity) return 12;
        if ((long)System.Math.Truncate(d[0] * 1e10) != 27500000000L) return 13;
        return 100;
    }
}
