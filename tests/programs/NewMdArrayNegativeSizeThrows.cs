// Expects an unhandled System.OverflowException from creating a two-dimensional array whose second dimension is negative; returns 100 only if nothing is thrown.
static class Program
{
    static int s_rows = 3, s_cols = -2;
    static int s_sink;

    static int Main()
    {
        int[,] ok = new int[s_rows, 0];
        if (ok.Length != 0 || ok.GetLength(0) != 3) return 1;
        long[,] bad = new long[s_rows, s_cols];
        s_sink = bad.Length;
        return 100;
    }
}
