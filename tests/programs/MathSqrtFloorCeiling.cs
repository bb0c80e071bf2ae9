// Checks Math.Sqrt, Math.Floor and Math.Ceiling and their MathF forms (internal calls in Mono's CoreLib, one Wasm instruction each): exact IEEE results on ordinary values, halves, negatives, -0.0, NaN, the infinities and values next to 2^52 (2^23 for float), with inputs from static fields.
using System;

static class Program
{
    static double s_two = 2.0, s_quarter = 0.25, s_half = 2.5, s_negZero = -0.0, s_minusHalf = -0.5, s_minusThree = -3.0;
    static double s_nan = double.NaN, s_inf = double.PositiveInfinity, s_below52 = 4503599627370495.5;
    static float f_two = 2.0f, f_quarter = 0.25f, f_half = 2.5f, f_negZero = -0.0f, f_minusHalf = -0.5f, f_below23 = 8388607.5f;

    static long Bits(double d) => BitConverter.DoubleToInt64Bits(d);
    static int Bits(float f) => BitConverter.SingleToInt32Bits(f);

    static int Main()
    {
        if (Bits(Math.Sqrt(s_two)) != 0x3FF6A09E667F3BCD) return 1;
        if (Math.Sqrt(s_quarter) != 0.5) return 2;
        if (Bits(Math.Sqrt(s_negZero)) != Bits(-0.0)) return 3;
        if (!double.IsNaN(Math.Sqrt(s_minusThree)) || !double.IsNaN(Math.Sqrt(s_nan))) return 4;
        if (Math.Sqrt(s_inf) != double.PositiveInfinity) return 5;
        if (Math.Floor(s_half) != 2.0 || Math.Ceiling(s_half) != 3.0) return 6;
        if (Math.Floor(-s_half) != -3.0 || Math.Ceiling(-s_half) != -2.0) return 7;
        if (Bits(Math.Floor(s_negZero)) != Bits(-0.0) || Bits(Math.Ceiling(s_minusHalf)) != Bits(-0.0)) return 8;
        if (Math.Floor(s_below52) != 4503599627370495.0 || Math.Ceiling(s_below52) != 4503599627370496.0) return 9;
        if (!double.IsNaN(Math.Floor(s_nan)) || Math.Ceiling(-s_inf) != double.NegativeInfinity) return 10;

        if (Bits(MathF.Sqrt(f_two)) != 0x3FB504F3) return 11;
        if (MathF.Sqrt(f_quarter) != 0.5f || Bits(MathF.Sqrt(f_negZero)) != Bits(-0.0f)) return 12;
        if (!float.IsNaN(MathF.Sqrt(-f_two))) return 13;
        if (MathF.Floor(f_half) != 2.0f || MathF.Ceiling(f_half) != 3.0f || MathF.Floor(-f_half) != -3.0f) return 14;
        if (Bits(MathF.Ceiling(f_minusHalf)) != Bits(-0.0f)) return 15;
        if (MathF.Floor(f_below23) != 8388607.0f || MathF.Ceiling(f_below23) != 8388608.0f) return 16;
        return 100;
    }
}
