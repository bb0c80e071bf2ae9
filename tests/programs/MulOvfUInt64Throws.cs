// Expects an unhandled System.OverflowException from checked ulong multiplication past 2^64; returns 100 only if nothing is thrown.
static class Program
{
    static ulong s_two = 2;
    static ulong s_sink;

    static int Main()
    {
        ulong p = 1;
        for (int i = 0; i < 63; i++)
            p = checked(p * s_two);
        if (p != 0x8000000000000000UL) return 1;
        p = checked(p * s_two);
        s_sink = p;
        return 100;
    }
}
