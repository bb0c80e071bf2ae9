// Checks float/double division by zero does not throw: x/0 = ±inf by sign of both operands, 0/0 = NaN.
#pragma warning disable CS1718 // comparing a value with itself is the NaN check under test
static class Program
{
    static double s_zero = 0.0;
    static float s_fzero = 0.0f;
    static double s_five = 5.0;

    static int Main()
    {
        double pz = s_zero;
        double nz = -s_zero;
        if (s_five / pz != double.PositiveInfinity) return 1;
        if (s_five / nz != double.NegativeInfinity) return 2;
        if (-s_five / pz != double.NegativeInfinity) return 3;
        if (-s_five / nz != double.PositiveInfinity) return 4;
        double nan = pz / pz;
        if (nan == nan) return 5;
        float f = 3.0f;
        if (f / s_fzero != float.PositiveInfinity) return 6;
        if (-f / s_fzero != float.NegativeInfinity) return 7;
        float fnan = s_fzero / s_fzero;
        if (fnan == fnan) return 8;
        double q = s_five;
        q /= pz;
        if (q != double.PositiveInfinity) return 9;
        int count = 0;
        for (double d = -2.0; d <= 2.0; d += 1.0)
        {
            double r = 1.0 / (d - d);
            if (r == double.PositiveInfinity) count++;
        }
        if (count != 5) return 10;
        return 100;
    }
}
