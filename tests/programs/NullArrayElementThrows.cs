// Expects an unhandled System.NullReferenceException from reading an element of a null array stored in a jagged array; returns 100 only if nothing is thrown.
static class Program
{
    static int s_rows = 3;
    static int s_sink;

    static int Main()
    {
        int[][] rows = new int[s_rows][];
        rows[0] = new int[] { 1, 2 };
        rows[2] = new int[] { 3 };
        if (rows[0][1] + rows[2][0] != 5) return 1;
        for (int r = 0; r < rows.Length; r++) s_sink += rows[r][0];
        return 100;
    }
}
