// Expects an unhandled System.OverflowException from checked((int)0x80000000u) (conv.ovf.i4.un); returns 100 only if nothing is thrown.
static class Program
{
    static uint s_value = 0x7FFFFFFFu;
    static int s_sink;

    static int Main()
    {
        if (checked((int)s_value) != int.MaxValue) return 1;
        uint v = s_value + 1;
        s_sink = checked((int)v);
        return 100;
    }
}
