// Expects an unhandled System.OverflowException from creating an array with a negative length computed at run time; returns 100 only if nothing is thrown.
static class Program
{
    static int s_n = 4;
    static int s_sink;

    static int Main()
    {
        int[] ok = new int[s_n - 4];
        if (ok.Length != 0) return 1;
        int[] bad = new int[s_n - 5];
        s_sink = bad.Length;
        return 100;
    }
}
