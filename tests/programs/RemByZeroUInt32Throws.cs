// Expects an unhandled System.DivideByZeroException from uint remainder (rem.un) by zero; returns 100 only if nothing is thrown.
static class Program
{
    static uint s_big = 0xFFFFFFFFu;
    static uint s_divisor = 7;
    static uint s_sink;

    static int Main()
    {
        if (s_big % s_divisor != 3u) return 1;
        s_divisor = s_divisor - 7;
        s_sink = s_big % s_divisor;
        return 100;
    }
}
