// Checks double % has fmod semantics: sign of the dividend, exact results for huge dividends, NaN for x%0 and inf%y, x%inf == x.
#pragma warning disable CS1718 // comparing a value with itself is the NaN check under test
static class Program
{
    static double s_a = 7.5;
    static double s_two = 2.0;
    static double s_zero = 0.0;
    static double s_inf = double.PositiveInfinity;

    static bool IsNaN(double x) { return x != x; }

    static int Main()
    {
        if (s_a % s_two != 1.5) return 1;
        if (-s_a % s_two != -1.5) return 2;
        if (s_a % -s_two != 1.5) return 3;
        if (-s_a % -s_two != -1.5) return 4;
        if (!IsNaN(s_a % s_zero)) return 5;
        if (!IsNaN(s_inf % s_two)) return 6;
        if (!IsNaN(-s_inf % s_two)) return 7;
        if (!IsNaN((s_zero / s_zero) % s_two)) return 8;
        if (!IsNaN(s_a % (s_zero / s_zero))) return 9;
        if (s_a % s_inf != s_a) return 10;
        if (-s_a % s_inf != -s_a) return 11;
        double nz = -4.0 % s_two;
        if (nz != 0.0 || 1.0 / nz > 0.0) return 12;
        double pz = 4.0 % -s_two;
        if (pz != 0.0 || 1.0 / pz < 0.0) return 13;
        if (9007199254740992.0 % (s_two * 5.0) != 2.0) return 14;
        if (1e300 % (s_two + 5.0) != 1.0) return 15;
        if (-1e300 % (s_two + 5.0) != -1.0) return 16;
        if (0.3 % (s_two * 0.05) != 0.09999999999999998) return 17;
        if (123456789.0 % (s_two / 2000.0) != 0.0009999974300393183) return 18;
        double m = s_a;
        m %= s_two;
        if (m != 1.5) return 19;
        if (s_two % s_a != 2.0) return 20;
        return 100;
    }
}
