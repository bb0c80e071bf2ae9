// Expects an unhandled System.OverflowException from checked((int)NaN) where NaN is computed at run time; returns 100 only if nothing is thrown.
static class Program
{
    static double s_zero = 0.0;
    static int s_sink;

    static int Main()
    {
        double ok = 1234.9 + s_zero;
        if (checked((int)ok) != 1234) return 1;
        double nan = s_zero / s_zero;
        if ((int)nan != 0) return 2;
        s_sink = checked((int)nan);
        return 100;
    }
}
