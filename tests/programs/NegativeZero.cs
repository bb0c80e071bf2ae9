// Checks -0.0 vs +0.0: they compare equal, but 1/x gives -inf/+inf; sign survives negation, multiplication and conversion.
static class Program
{
    static double s_zero = 0.0;
    static double s_one = 1.0;
    static float s_fzero = 0.0f;

    static bool IsNegZero(double x)
    {
        return x == 0.0 && 1.0 / x < 0.0;
    }

    static bool IsPosZero(double x)
    {
        return x == 0.0 && 1.0 / x > 0.0;
    }

    static int Main()
    {
        double nz = -s_zero;
        if (nz != s_zero) return 1;
        if (!IsNegZero(nz)) return 2;
        if (!IsPosZero(s_zero)) return 3;
        if (!IsNegZero(s_zero * -s_one)) return 4;
        if (!IsPosZero(nz * nz)) return 5;
        if (!IsPosZero(nz + s_zero)) return 6;
        if (!IsNegZero(nz + nz)) return 7;
        if (!IsPosZero(s_zero - s_zero)) return 8;
        if (!IsNegZero(nz - s_zero)) return 9;
        if (!IsPosZero(s_one - s_one)) return 10;
        if (!IsNegZero(-(s_one - s_one))) return 11;
        if (!IsNegZero(-s_one / 1e308 / 1e308)) return 12;
        float fnz = -s_fzero;
        if (fnz != 0.0f) return 13;
        if (!(1.0f / fnz < 0.0f)) return 14;
        if (!IsNegZero(fnz)) return 15;
        if (!IsNegZero((float)nz)) return 16;
        if ((int)nz != 0) return 17;
        if ((long)nz != 0L) return 18;
        double d = -(double)(int)nz;
        if (!IsNegZero(d)) return 19;
        if (!IsPosZero((double)(int)nz)) return 20;
        if (!IsNegZero(nz % s_one)) return 21;
        if (nz < s_zero || nz > s_zero) return 22;
        return 100;
    }
}
