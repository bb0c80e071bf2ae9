// Checks the sign of zero and C's special values through Math: odd functions keep -0.0, Floor(-0.5) is -1 while Ceiling, Round and Truncate give -0.0 for small negatives, Atan2 of signed zeros, Pow of -0.0 and -infinity, Log and Exp of infinity, NaN from Sqrt and Sin out of domain.
using System;

static class Program
{
    static double[] s_x = { 0.5, 0.25, 3.0 };
    static double nz = -0.0;
    static double z = 0.0;
    static double s_inf = double.PositiveInfinity;
    static double s_ninf = double.NegativeInfinity;

    static long Bits(double d) => BitConverter.DoubleToInt64Bits(d);
    static int BitsF(float f) => BitConverter.SingleToInt32Bits(f);

    static int Main()
    {
        double[] x = s_x;
        if (Bits(Math.Sin(nz)) != Bits(-0.0)) return 1;
        if (Bits(Math.Tan(nz)) != Bits(-0.0)) return 2;
        if (Bits(Math.Atan(nz)) != Bits(-0.0)) return 3;
        if (Bits(Math.Sqrt(nz)) != Bits(-0.0)) return 4;
        if (Bits(Math.Cbrt(nz)) != Bits(-0.0)) return 5;
        if (Math.Floor(-x[0]) != -1.0) return 6;
        if (Bits(Math.Ceiling(-x[0])) != Bits(-0.0)) return 7;
        if (Bits(Math.Round(-x[1])) != Bits(-0.0)) return 8;
        if (Bits(Math.Truncate(-x[1])) != Bits(-0.0)) return 9;
        if (Bits(Math.Tanh(nz)) != Bits(-0.0)) return 10;
        if (Bits(Math.Asinh(nz)) != Bits(-0.0)) return 11;
        if (Bits(Math.Log(s_inf)) != Bits(double.PositiveInfinity)) return 12;
        if (Bits(Math.Exp(s_inf)) != Bits(double.PositiveInfinity)) return 13;
        if (!double.IsNaN(Math.Sqrt(-x[0]))) return 14;
        if (!double.IsNaN(Math.Sin(s_inf))) return 15;
        if (Math.Atan2(nz, nz) != -3.141592653589793) return 16;
        if (Bits(Math.Atan2(nz, z)) != Bits(-0.0)) return 17;
        if (Bits(Math.Pow(nz, x[2])) != Bits(-0.0)) return 18;
        if (Bits(Math.Pow(s_ninf, -x[2])) != Bits(-0.0)) return 19;
        if (Math.Cos(nz) != 1.0) return 20;
        return 100;
    }
}
