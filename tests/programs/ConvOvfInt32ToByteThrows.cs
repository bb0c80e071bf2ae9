// Expects an unhandled System.OverflowException from checked((byte)300) with 300 built in a loop; returns 100 only if nothing is thrown.
static class Program
{
    static int s_step = 30;
    static byte s_sink;

    static int Main()
    {
        int v = 0;
        for (int i = 0; i < 10; i++)
            v += s_step;
        if (v != 300) return 1;
        if (checked((byte)(v - 45)) != 255) return 2;
        s_sink = checked((byte)v);
        return 100;
    }
}
