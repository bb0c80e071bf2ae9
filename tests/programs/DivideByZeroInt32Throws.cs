// Expects an unhandled System.DivideByZeroException from int division by a zero held in a static field; returns 100 only if nothing is thrown.
static class Program
{
    static int s_zero = 0;
    static int s_sink;

    static int Main()
    {
        int x = 1000;
        int divisor = 10;
        while (divisor > s_zero)
        {
            x = x / divisor + 1;
            divisor--;
        }
        if (x != 2) return 1;
        s_sink = x / s_zero;
        return 100;
    }
}
