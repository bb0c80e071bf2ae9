// Expects an unhandled System.OverflowException from checked((uint)-1) (conv.ovf.u4 on an int); returns 100 only if nothing is thrown.
static class Program
{
    static int s_value = 2;
    static uint s_sink;

    static int Main()
    {
        uint sum = 0;
        for (int i = s_value; i >= 0; i--)
            sum += checked((uint)i);
        if (sum != 3u) return 1;
        s_sink = checked((uint)(s_value - 3));
        return 100;
    }
}
