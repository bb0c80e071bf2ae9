// Checks double<->float conversions (conv.r4/conv.r8): round to nearest even, overflow to infinity, underflow to denormals/zero, NaN and -0 preserved.
static class Program
{
    static double s_zero = 0.0;
    static double s_max = double.MaxValue;
    static float s_fmin = 1.4e-45f;

    static int Main()
    {
        if ((float)(1.0 + 1.0 / 33554432.0 + s_zero) != 1.0f) return 1;
        if ((float)(1.0 + 3.0 / 33554432.0 + s_zero) != 1.0000001f) return 2;
        if ((float)(1.0 + 1.0 / 16777216.0 + s_zero) != 1.0f) return 3;
        if ((float)(1.0 + 3.0 / 16777216.0 + s_zero) != 1.0000002f) return 4;
        if ((float)s_max != float.PositiveInfinity) return 5;
        if ((float)(3.4028235677973362e38 + s_zero) != float.MaxValue) return 6;
        if ((float)(3.4028235677973366e38 + s_zero) != float.PositiveInfinity) return 7;
        if ((float)(1e-46 + s_zero) != 0.0f) return 8;
        if ((float)(1e-45 + s_zero) != s_fmin) return 9;
        if ((double)s_fmin != 1.401298464324817e-45) return 10;
        if ((double)(s_fmin * 3.0f) != 4.203895392974451e-45) return 11;
        float nan = (float)(s_zero / s_zero);
        if (nan == nan + 0.0f) return 12;
        double dn = nan;
        if (dn == dn + 0.0) return 13;
        float nz = (float)(-s_zero);
        if (1.0f / nz != float.NegativeInfinity) return 14;
        if ((double)(0.1f + (float)s_zero) != 0.10000000149011612) return 15;
        if ((float)(0.1 + s_zero) != 0.1f) return 16;
        float f = (float)(16777217.0 + s_zero);
        if (f != 16777216f) return 17;
        f = (float)(16777219.0 + s_zero);
        if (f != 16777220f) return 18;
        return 100;
    }
}
