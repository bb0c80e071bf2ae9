// Expects an unhandled System.OverflowException from int.MinValue / -1 (as on CoreCLR x64); returns 100 only if nothing is thrown.
static class Program
{
    static int s_min = int.MinValue;
    static int s_minusOne = -1;
    static int s_sink;

    static int Div(int a, int b)
    {
        return a / b;
    }

    static int Main()
    {
        if (Div(s_min, 1) != int.MinValue) return 1;
        if (Div(s_min + 1, s_minusOne) != int.MaxValue) return 2;
        s_sink = Div(s_min, s_minusOne);
        return 100;
    }
}
