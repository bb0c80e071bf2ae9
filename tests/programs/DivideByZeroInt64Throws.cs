// Expects an unhandled System.DivideByZeroException from long remainder by zero, thrown two calls deep; returns 100 only if nothing is thrown.
static class Program
{
    static long s_divisor = 3;
    static long s_sink;

    static long Rem(long a, long b)
    {
        return a % b;
    }

    static long Outer(long a, long b)
    {
        return Rem(a, b) + 1;
    }

    static int Main()
    {
        long v = 0x100000000L;
        if (Outer(v, s_divisor) != 2L) return 1;
        s_divisor -= 3;
        s_sink = Outer(v, s_divisor);
        return 100;
    }
}
