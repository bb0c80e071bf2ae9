// Checks Math's transcendental functions (internal calls in Mono's CoreLib, host imports here) give CoreCLR's
// results bit for bit on ordinary inputs, and C's special cases of Pow, Atan2 and Log.
static class Program
{
    static double[] s_inputs = { 0.5, 1.0, 2.0, 3.25, 10.0, 0.1 };
    static double s_nan = double.NaN;
    static double s_inf = double.PositiveInfinity;

    static long Bits(double d) => System.BitConverter.DoubleToInt64Bits(d);

    static int Main()
    {
        double[] x = s_inputs;
        if (System.Math.Sin(x[0]) != 0.479425538604203) return 1;
        if (System.Math.Cos(x[1]) != 0.5403023058681398) return 2;
        if (System.Math.Tan(x[2]) != -2.185039863261519) return 3;
        if (System.Math.Exp(x[1]) != 2.718281828459045) return 4;
        if (System.Math.Log(x[4]) != 2.302585092994046) return 5;
        if (System.Math.Log10(x[4]) != 1.0) return 6;
        if (System.Math.Log2(x[2]) != 1.0) return 7;
        if (System.Math.Pow(x[2], x[4]) != 1024.0) return 8;
        if (System.Math.Pow(x[1], s_nan) != 1.0) return 9;
        if (System.Math.Pow(-x[1], s_inf) != 1.0) return 10;
        if (System.Math.Pow(s_nan, 0.0 * x[0]) != 1.0) return 11;
        if (System.Math.Atan2(x[1], x[1]) != 0.7853981633974483) return 12;
        if (System.Math.Atan2(0.0 * x[0], -x[1]) != System.Math.PI) return 13;
        if (System.Math.Cbrt(x[4] * x[4] * x[4] + 0 * x[0]) != 10.0) return 14;
        if (System.Math.Sqrt(x[2]) != 1.4142135623730951) return 15;
        if (System.Math.Asin(x[1]) * 2 != System.Math.PI) return 16;
        if (!double.IsNaN(System.Math.Log(-x[1]))) return 17;
        if (Bits(System.Math.Log(0.0 * x[0])) != Bits(double.NegativeInfinity)) return 18;
        if (System.Math.Tanh(x[4] * 100) != 1.0) return 19;
        if (System.Math.Sinh(x[5]) != 0.10016675001984403) return 20;
        return 100;
    }
}
