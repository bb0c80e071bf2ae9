// Checks jagged arrays: rows of different lengths, Pascal's triangle built row by row, sharing a row between two slots, replacing a row, and three-level jagged arrays of strings.
static class Program
{
    static int s_rows = 10;

    static int Main()
    {
        long[][] pascal = new long[s_rows][];
        for (int r = 0; r < pascal.Length; r++)
        {
            pascal[r] = new long[r + 1];
            pascal[r][0] = pascal[r][r] = 1;
            for (int c = 1; c < r; c++) pascal[r][c] = pascal[r - 1][c - 1] + pascal[r - 1][c];
        }
        if (pascal[9][4] != 126 || pascal[9].Length != 10 || pascal[0].Length != 1) return 1;
        long rowSum = 0;
        foreach (long v in pascal[9]) rowSum += v;
        if (rowSum != 512) return 2;
        int[][] shared = new int[3][];
        shared[0] = new int[] { 1, 2, 3 };
        shared[1] = shared[0];
        shared[1][1] = 20;
        if (shared[0][1] != 20 || shared[2] != null) return 3;
        shared[1] = new int[] { 7 };
        if (shared[0].Length != 3 || shared[1][0] != 7) return 4;
        string[][][] cube = new string[2][][];
        for (int a = 0; a < 2; a++)
        {
            cube[a] = new string[a + 2][];
            for (int b = 0; b < cube[a].Length; b++)
            {
                cube[a][b] = new string[b + 1];
                for (int c = 0; c < cube[a][b].Length; c++) cube[a][b][c] = c == 0 ? "x" : "yy";
            }
        }
        int chars = 0;
        foreach (string[][] plane in cube)
            foreach (string[] row in plane)
                foreach (string s in row) chars += s.Length;
        if (chars != 1 + 3 + 1 + 3 + 5) return 5;
        int[][] empty = new int[0][];
        if (empty.Length != 0) return 6;
        return 100;
    }
}
