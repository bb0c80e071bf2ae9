// Checks Math.Asin, Acos, Atan and Atan2 against CoreCLR's bits on ordinary inputs in every quadrant, out-of-domain NaNs, the ends of the domain, signed zeros and Atan2 of infinities.
using System;

static class Program
{
    static double[] s_x = { 0.5, -0.25, 0.875, 1.0, -1.0, 2.0, 3.0, -4.5 };
    static double s_inf = double.PositiveInfinity;

    static long Bits(double d) => BitConverter.DoubleToInt64Bits(d);
    static int BitsF(float f) => BitConverter.SingleToInt32Bits(f);

    static int Main()
    {
        double[] x = s_x;
        if (Math.Asin(x[0]) != 0.5235987755982989) return 1;
        if (Math.Asin(x[1]) != -0.25268025514207865) return 2;
        if (Math.Acos(x[0]) != 1.0471975511965979) return 3;
        if (Math.Acos(x[2]) != 0.5053605102841573) return 4;
        if (Math.Acos(x[4]) != 3.141592653589793) return 5;
        if (Bits(Math.Acos(x[3])) != Bits(0.0)) return 6;
        if (!double.IsNaN(Math.Asin(x[5]))) return 7;
        if (Math.Atan(x[5]) != 1.1071487177940904) return 8;
        if (Math.Atan(x[7]) != -1.3521273809209546) return 9;
        if (Math.Atan2(x[6], x[7]) != 2.5535900500422257) return 10;
        if (Math.Atan2(x[7], x[6]) != -0.982793723247329) return 11;
        if (Math.Atan2(x[1], x[4]) != -2.896613990462929) return 12;
        if (Math.Atan2(x[0], x[3]) != 0.4636476090008061) return 13;
        if (Math.Atan2(-x[3], 0.0 * x[0]) != -1.5707963267948966) return 14;
        if (Math.Atan2(-0.0 * x[0], x[4]) != -3.141592653589793) return 15;
        if (Bits(Math.Atan2(-0.0 * x[0], x[3])) != Bits(-0.0)) return 16;
        if (Math.Atan(s_inf) != 1.5707963267948966) return 17;
        if (Math.Atan2(s_inf, -s_inf) != 2.356194490192345) return 18;
        if (Bits(Math.Asin(-0.0 * x[0])) != Bits(-0.0)) return 19;
        return 100;
    }
}
