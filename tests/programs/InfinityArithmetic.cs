// Checks arithmetic with infinities: overflow to inf, inf-inf and inf*0 give NaN, finite/inf gives 0, ordering against MaxValue.
#pragma warning disable CS1718 // comparing a value with itself is the NaN check under test
static class Program
{
    static double s_max = double.MaxValue;
    static float s_fmax = float.MaxValue;
    static double s_inf = double.PositiveInfinity;
    static double s_two = 2.0;

    static bool IsNaN(double x) { return x != x; }

    static int Main()
    {
        double big = s_max * s_two;
        if (big != double.PositiveInfinity) return 1;
        if (-big != double.NegativeInfinity) return 2;
        if (!(big > s_max)) return 3;
        if (!(-big < -s_max)) return 4;
        if (!IsNaN(big - big)) return 5;
        if (!IsNaN(big * 0.0)) return 6;
        if (!IsNaN(big / big)) return 7;
        if (big + big != big) return 8;
        if (big * -s_two != -big) return 9;
        if (s_two / big != 0.0) return 10;
        if (1.0 / (s_two / -big) != double.NegativeInfinity) return 11;
        if (s_max + 1.0 != s_max) return 12;
        float fbig = s_fmax * 2.0f;
        if (fbig != float.PositiveInfinity) return 13;
        float fsum = s_fmax + s_fmax;
        if (fsum != float.PositiveInfinity) return 14;
        if ((double)fbig != s_inf) return 15;
        if ((float)s_max != float.PositiveInfinity) return 16;
        if ((float)-s_max != float.NegativeInfinity) return 17;
        if (s_inf == -s_inf) return 18;
        if (!(s_inf == big)) return 19;
        double tiny = 4.9e-324 * (s_two - 1.0);
        if (tiny / s_two != 0.0) return 20;
        if (tiny * 0.5 != 0.0) return 21;
        if (!(tiny > 0.0)) return 22;
        return 100;
    }
}
