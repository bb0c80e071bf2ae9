// Checks Math.Exp, Log, Log10, Log2, Log(a, base), Pow and Cbrt against CoreCLR's bits on ordinary inputs, Pow of negative bases and signed zeros (C's pow special cases), and the infinities.
using System;

static class Program
{
    static double[] s_x = { 0.5, -2.5, 3.0, 100.0, 1e-3, 7.25, 2.0, -8.0 };
    static double s_ninf = double.NegativeInfinity;

    static long Bits(double d) => BitConverter.DoubleToInt64Bits(d);
    static int BitsF(float f) => BitConverter.SingleToInt32Bits(f);

    static int Main()
    {
        double[] x = s_x;
        if (Math.Exp(x[1]) != 0.0820849986238988) return 1;
        if (Math.Exp(x[5]) != 1408.1048482046956) return 2;
        if (Math.Log(x[4]) != -6.907755278982137) return 3;
        if (Math.Log(x[5]) != 1.9810014688665833) return 4;
        if (Math.Log10(x[3]) != 2.0) return 5;
        if (Math.Log10(x[5]) != 0.8603380065709937) return 6;
        if (Math.Log2(x[5]) != 2.8579809951275723) return 7;
        if (Math.Log2(x[4]) != -9.965784284662087) return 8;
        if (Math.Log(x[3], x[6]) != 6.643856189774725) return 9;
        if (Math.Pow(x[5], x[0]) != 2.692582403567252) return 10;
        if (Math.Pow(x[1], x[2]) != -15.625) return 11;
        if (Math.Pow(x[6], -x[2]) != 0.125) return 12;
        if (!double.IsNaN(Math.Pow(x[7], x[0]))) return 13;
        if (Bits(Math.Pow(-0.0 * x[0], -x[2])) != Bits(double.NegativeInfinity)) return 14;
        if (Bits(Math.Pow(0.0 * x[0], -x[6])) != Bits(double.PositiveInfinity)) return 15;
        if (Bits(Math.Pow(s_ninf, x[2])) != Bits(double.NegativeInfinity)) return 16;
        if (Bits(Math.Pow(x[0], s_ninf)) != Bits(double.PositiveInfinity)) return 17;
        if (Math.Cbrt(x[7]) != -2.0) return 18;
        if (Math.Cbrt(x[5]) != 1.9354383203138983) return 19;
        if (Bits(Math.Exp(s_ninf)) != Bits(0.0)) return 20;
        return 100;
    }
}
