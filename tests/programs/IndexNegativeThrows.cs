// Expects an unhandled System.IndexOutOfRangeException from reading an int array at a negative index computed at run time; returns 100 only if nothing is thrown.
static class Program
{
    static int s_offset = -1;
    static int s_sink;

    static int Main()
    {
        int[] a = { 10, 20, 30 };
        if (a[s_offset + 1] != 10) return 1;
        s_sink = a[s_offset];
        return 100;
    }
}
