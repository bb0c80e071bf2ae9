// Checks Math.Round: banker's rounding of halves by default, every MidpointRounding mode, and rounding to a number of digits (values whose decimal form is not exact in binary) against CoreCLR's bits.
using System;

static class Program
{
    static double[] s_x = { 2.5, 3.5, -2.5, 0.5, 1.45, 2.675, -1.005, 123.456 };

    static long Bits(double d) => BitConverter.DoubleToInt64Bits(d);
    static int BitsF(float f) => BitConverter.SingleToInt32Bits(f);

    static int Main()
    {
        double[] x = s_x;
        if (Math.Round(x[0]) != 2.0) return 1;
        if (Math.Round(x[1]) != 4.0) return 2;
        if (Math.Round(x[2]) != -2.0) return 3;
        if (Bits(Math.Round(x[3])) != Bits(0.0)) return 4;
        if (Math.Round(x[0], MidpointRounding.AwayFromZero) != 3.0) return 5;
        if (Math.Round(x[2], MidpointRounding.AwayFromZero) != -3.0) return 6;
        if (Math.Round(x[0], MidpointRounding.ToZero) != 2.0) return 7;
        if (Math.Round(x[2], MidpointRounding.ToNegativeInfinity) != -3.0) return 8;
        if (Math.Round(x[2], MidpointRounding.ToPositiveInfinity) != -2.0) return 9;
        if (Math.Round(x[4], 1) != 1.4) return 10;
        if (Math.Round(x[5], 2) != 2.68) return 11;
        if (Math.Round(x[6], 2) != -1.0) return 12;
        if (Math.Round(x[7], 1) != 123.5) return 13;
        if (Math.Round(x[7], 2, MidpointRounding.AwayFromZero) != 123.46) return 14;
        if (Math.Round(x[3] * 9.0) != 4.0) return 15;
        if (Bits(Math.Round(-x[3])) != Bits(-0.0)) return 16;
        return 100;
    }
}
