// Checks Math.Sinh, Cosh, Tanh, Asinh, Acosh and Atanh against CoreCLR's bits on ordinary inputs, Acosh(1) = 0, out-of-domain NaNs, Atanh(+-1) = +-infinity, a signed zero and the infinities.
using System;

static class Program
{
    static double[] s_x = { 0.5, -1.25, 2.0, 3.5, -0.75, 1.0, 10.0, 0.125 };
    static double s_ninf = double.NegativeInfinity;

    static long Bits(double d) => BitConverter.DoubleToInt64Bits(d);
    static int BitsF(float f) => BitConverter.SingleToInt32Bits(f);

    static int Main()
    {
        double[] x = s_x;
        if (Math.Sinh(x[1]) != -1.6019190803008256) return 1;
        if (Math.Sinh(x[3]) != 16.542627287634996) return 2;
        if (Math.Cosh(x[0]) != 1.1276259652063807) return 3;
        if (Math.Cosh(x[1]) != 1.8884238771610158) return 4;
        if (Math.Cosh(x[6]) != 11013.232920103324) return 5;
        if (Math.Tanh(x[2]) != 0.9640275800758169) return 6;
        if (Math.Tanh(x[4]) != -0.6351489523872873) return 7;
        if (Math.Asinh(x[2]) != 1.4436354751788103) return 8;
        if (Math.Asinh(x[4]) != -0.6931471805599453) return 9;
        if (Math.Acosh(x[2]) != 1.3169578969248166) return 10;
        if (Bits(Math.Acosh(x[5])) != Bits(0.0)) return 11;
        if (!double.IsNaN(Math.Acosh(x[0]))) return 12;
        if (Math.Atanh(x[0]) != 0.5493061443340548) return 13;
        if (Math.Atanh(x[4]) != -0.9729550745276566) return 14;
        if (Bits(Math.Atanh(x[5])) != Bits(double.PositiveInfinity)) return 15;
        if (Bits(Math.Atanh(-x[5])) != Bits(double.NegativeInfinity)) return 16;
        if (!double.IsNaN(Math.Atanh(x[2]))) return 17;
        if (Bits(Math.Sinh(-0.0 * x[0])) != Bits(-0.0)) return 18;
        if (Bits(Math.Cosh(s_ninf)) != Bits(double.PositiveInfinity)) return 19;
        if (Math.Tanh(s_ninf) != -1.0) return 20;
        return 100;
    }
}
