// Checks MathF.Exp, Log, Log10, Log2, Pow, Cbrt, Sqrt against CoreCLR's float bits, and MathF.Round (halves to even), Floor, Ceiling (-0.0), Abs, Min and Max with a NaN.
using System;

static class Program
{
    static float[] s_x = { 2.5f, -2.5f, 3.75f, -1.5f, 0.1f, 10.0f, 1.5f, -0.25f };
    static float s_nan = float.NaN;

    static int BitsF(float f) => BitConverter.SingleToInt32Bits(f);

    static int Main()
    {
        float[] x = s_x;
        if (MathF.Exp(x[2]) != 42.521084f) return 1;
        if (MathF.Log(x[4]) != -2.3025851f) return 2;
        if (MathF.Log10(x[2]) != 0.5740313f) return 3;
        if (MathF.Log2(x[4]) != -3.321928f) return 4;
        if (MathF.Pow(x[2], x[6]) != 7.2618437f) return 5;
        if (!float.IsNaN(MathF.Pow(x[1], x[3]))) return 6;
        if (MathF.Cbrt(x[5]) != 2.1544347f) return 7;
        if (MathF.Round(x[0]) != 2f) return 8;
        if (MathF.Round(x[1]) != -2f) return 9;
        if (MathF.Round(x[6]) != 2f) return 10;
        if (BitsF(MathF.Round(x[7])) != BitsF(-0.0f)) return 11;
        if (MathF.Floor(x[3]) != -2f) return 12;
        if (BitsF(MathF.Ceiling(x[7])) != BitsF(-0.0f)) return 13;
        if (MathF.Abs(x[1]) != 2.5f) return 14;
        if (MathF.Min(x[3], x[7]) != -1.5f) return 15;
        if (!float.IsNaN(MathF.Max(x[3], s_nan))) return 16;
        if (MathF.Sqrt(x[4]) != 0.31622776f) return 17;
        if (MathF.Exp(x[5]) != 22026.465f) return 18;
        return 100;
    }
}
