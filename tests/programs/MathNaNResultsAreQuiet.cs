// Checks that Math's and MathF's out-of-domain results (Asin(2), Acos(-3), Log(-1), Log2, Log10, Acosh(0.5), Atanh(2),
// Pow(-8, 0.5)) and their NaN arguments give quiet NaNs (the quiet bit set), as C's libm does; V8's host functions
// return a signaling NaN for some of them.
using System;

static class Program
{
    static double[] s_in = { 2.0, -3.0, -1.0, 0.5, double.NaN, -8.0 };

    static bool QuietD(double d) => double.IsNaN(d) && (BitConverter.DoubleToInt64Bits(d) & 0x0008000000000000L) != 0;
    static bool QuietF(float f) => float.IsNaN(f) && (BitConverter.SingleToInt32Bits(f) & 0x00400000) != 0;

    static int Main()
    {
        double[] x = s_in;
        if (!QuietD(Math.Asin(x[0]))) return 1;
        if (!QuietD(Math.Acos(x[1]))) return 2;
        if (!QuietD(Math.Log(x[2]))) return 3;
        if (!QuietD(Math.Log2(x[2]))) return 4;
        if (!QuietD(Math.Log10(x[2]))) return 5;
        if (!QuietD(Math.Acosh(x[3]))) return 6;
        if (!QuietD(Math.Atanh(x[0]))) return 7;
        if (!QuietD(Math.Pow(x[5], 0.5))) return 8;
        if (!QuietD(Math.Sin(x[4]))) return 9;
        if (!QuietD(Math.Exp(x[4]))) return 10;
        if (!QuietF(MathF.Asin((float)x[0]))) return 11;
        if (!QuietF(MathF.Log((float)x[2]))) return 12;
        if (!QuietF(MathF.Acosh((float)x[3]))) return 13;
        if (!QuietF(MathF.Pow((float)x[5], 0.5f))) return 14;
        if (!QuietD(Math.Sqrt(x[2]))) return 15;
        return 100;
    }
}
