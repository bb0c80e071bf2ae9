// Checks Math.Sin, Cos and Tan against CoreCLR's bits on ordinary inputs of both signs up to about 100 (argument reduction by several periods), a tiny argument, Sin of a multiple of PI, Cos of PI/2 (not exactly zero), a Pythagorean identity computed exactly, and Cos of infinity (NaN).
using System;

static class Program
{
    static double[] s_x = { 0.75, -1.3, 2.2, 3.9, -5.5, 10.0, 100.25, 0.001 };
    static double s_inf = double.PositiveInfinity;

    static int Main()
    {
        double[] x = s_x;
        if (Math.Sin(x[1]) != -0.963558185417193) return 1;
        if (Math.Sin(x[3]) != -0.6877661591839738) return 2;
        if (Math.Sin(x[5]) != -0.5440211108893698) return 3;
        if (Math.Sin(x[6]) != -0.2772828564548513) return 4;
        if (Math.Sin(x[7]) != 0.0009999998333333417) return 5;
        if (Math.Cos(x[0]) != 0.7316888688738209) return 6;
        if (Math.Cos(x[2]) != -0.5885011172553458) return 7;
        if (Math.Cos(x[4]) != 0.70866977429126) return 8;
        if (Math.Cos(x[6]) != 0.9607883312760612) return 9;
        if (Math.Tan(x[0]) != 0.9315964599440725) return 10;
        if (Math.Tan(x[1]) != -3.6021024479679786) return 11;
        if (Math.Tan(x[3]) != 0.9474246499358927) return 12;
        if (Math.Tan(x[5]) != 0.6483608274590866) return 13;
        if (Math.Sin(x[0]) * Math.Sin(x[0]) + Math.Cos(x[0]) * Math.Cos(x[0]) != 1.0) return 14;
        if (Math.Sin(Math.PI * x[0]) != 0.7071067811865476) return 15;
        if (Math.Cos(Math.PI / 2 * (x[5] / 10)) != 6.123233995736766E-17) return 16;
        if (!double.IsNaN(Math.Cos(s_inf))) return 17;
        return 100;
    }
}
