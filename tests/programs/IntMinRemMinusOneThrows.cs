// Expects an unhandled System.OverflowException from int.MinValue % -1 (as on CoreCLR x64, although the math result is 0); returns 100 only if nothing is thrown.
static class Program
{
    static int s_min = int.MinValue;
    static int s_minusOne = -1;
    static int s_sink;

    static int Rem(int a, int b)
    {
        return a % b;
    }

    static int Main()
    {
        if (Rem(s_min, 2) != 0) return 1;
        if (Rem(s_min + 1, s_minusOne) != 0) return 2;
        s_sink = Rem(s_min, s_minusOne);
        return 100;
    }
}
