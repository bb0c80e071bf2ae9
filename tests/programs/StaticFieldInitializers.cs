// Checks static field initializers run in textual order (a later field is still 0 when an earlier one reads it) and before the static constructor body.
static class Program
{
    static int s_first = s_second + 1;
    static int s_second = 5;
    static int s_third = s_second * 2;
    static long s_computed = Compute(s_third);
    static double s_half = s_third / 4.0;
    static bool s_flag = s_third > 5;
    static int s_ctorSaw;
    static int s_overwritten = 1;

    static long Compute(int x)
    {
        long r = 1;
        for (int i = 0; i < x; i++)
            r *= 3;
        return r;
    }

    static Program()
    {
        s_ctorSaw = s_third;
        s_overwritten = 2;
    }

    static int Main()
    {
        if (s_first != 1) return 1;
        if (s_second != 5) return 2;
        if (s_third != 10) return 3;
        if (s_computed != 59049L) return 4;
        if (s_half != 2.5) return 5;
        if (!s_flag) return 6;
        if (s_ctorSaw != 10) return 7;
        if (s_overwritten != 2) return 8;
        return 100;
    }
}
