// Expects an unhandled System.OverflowException from long.MinValue / -1; returns 100 only if nothing is thrown.
static class Program
{
    static long s_min = long.MinValue;
    static long s_minusOne = -1;
    static long s_sink;

    static int Main()
    {
        long q = (s_min + 1) / s_minusOne;
        if (q != long.MaxValue) return 1;
        s_sink = s_min / s_minusOne;
        return 100;
    }
}
