// Expects an unhandled System.IndexOutOfRangeException from a two-dimensional array index that is in range for the whole array but not for its second dimension; returns 100 only if nothing is thrown.
static class Program
{
    static int s_rows = 3, s_cols = 4;
    static int s_sink;

    static int Main()
    {
        int[,] grid = new int[s_rows, s_cols];
        grid[2, 3] = 7;
        if (grid[2, 3] != 7 || grid.Length != 12) return 1;
        // 1 * 4 + 5 = 9 < 12, but 5 is outside the second dimension.
        s_sink = grid[1, s_cols + 1];
        return 100;
    }
}
