// Checks MathF's trigonometric and hyperbolic functions (Sin, Cos, Tan, Asin, Acos, Atan, Atan2, Sinh, Cosh, Tanh, Asinh, Acosh, Atanh) against CoreCLR's float bits on ordinary inputs, Atanh(1), an out-of-domain NaN and -0.0.
using System;

static class Program
{
    static float[] s_x = { 0.5f, -0.25f, 1.5f, 2.0f, -3.0f, 0.875f, 1.0f, 4.0f };

    static int BitsF(float f) => BitConverter.SingleToInt32Bits(f);

    static int Main()
    {
        float[] x = s_x;
        if (MathF.Sin(x[2]) != 0.997495f) return 1;
        if (MathF.Cos(x[4]) != -0.9899925f) return 2;
        if (MathF.Tan(x[0]) != 0.5463025f) return 3;
        if (MathF.Tan(x[1]) != -0.25534192f) return 4;
        if (MathF.Asin(x[5]) != 1.0654359f) return 5;
        if (MathF.Acos(x[1]) != 1.8234766f) return 6;
        if (MathF.Atan(x[7]) != 1.3258177f) return 7;
        if (MathF.Atan2(x[4], x[1]) != -1.6539376f) return 8;
        if (MathF.Sinh(x[2]) != 2.1292794f) return 9;
        if (MathF.Cosh(x[4]) != 10.067662f) return 10;
        if (MathF.Tanh(x[0]) != 0.46211717f) return 11;
        if (MathF.Asinh(x[7]) != 2.0947125f) return 12;
        if (MathF.Acosh(x[3]) != 1.316958f) return 13;
        if (MathF.Atanh(x[1]) != -0.25541282f) return 14;
        if (BitsF(MathF.Atanh(x[6])) != BitsF(float.PositiveInfinity)) return 15;
        if (!float.IsNaN(MathF.Asin(x[3]))) return 16;
        if (BitsF(MathF.Sin(-0.0f * x[0])) != BitsF(-0.0f)) return 17;
        return 100;
    }
}
