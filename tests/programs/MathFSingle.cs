// Checks MathF's functions (internal calls in Mono's CoreLib: computed in double by the host and rounded once
// here) against CoreCLR's float results on ordinary inputs, and the special cases of Pow and Atan2.
static class Program
{
    static float[] s_inputs = { 0.5f, 1.0f, 2.0f, 4.0f, 10.0f, 0.25f };
    static float s_nan = float.NaN;

    static int Main()
    {
        float[] x = s_inputs;
        if (System.MathF.Sin(x[0]) != 0.47942555f) return 1;
        if (System.MathF.Cos(x[1]) != 0.5403023f) return 2;
        if (System.MathF.Exp(x[1]) != 2.7182817f) return 3;
        if (System.MathF.Log(x[4]) != 2.3025851f) return 4;
        if (System.MathF.Log2(x[3]) != 2.0f) return 5;
        if (System.MathF.Log10(x[4] * x[4]) != 2.0f) return 6;
        if (System.MathF.Pow(x[2], x[4]) != 1024.0f) return 7;
        if (System.MathF.Pow(x[1], s_nan) != 1.0f) return 8;
        if (System.MathF.Atan2(x[1], x[1]) != 0.7853982f) return 9;
        if (System.MathF.Sqrt(x[3]) != 2.0f) return 10;
        if (System.MathF.Cbrt(x[3] * x[2]) != 2.0f) return 11;
        if (System.MathF.Tanh(x[5]) != 0.24491866f) return 12;
        if (System.MathF.Atan(x[1]) * 4 != 3.1415927f) return 13;
        if (!float.IsNaN(System.MathF.Acos(x[2]))) return 14;
        return 100;
    }
}
