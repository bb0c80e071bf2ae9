// Checks an own ref struct view over a Span<T> with ref-returning indexers: a row-major grid with this[row, col] returning ref T used to mutate, Row(r) returning a slice, a transposed copy, a flood fill over a grid of bytes through the view, and a view over stackalloc'd memory.
using System;

ref struct Grid<T>
{
    readonly Span<T> _data;
    public readonly int Rows, Cols;
    public Grid(Span<T> data, int rows, int cols) { _data = data; Rows = rows; Cols = cols; }
    public ref T this[int r, int c] => ref _data[r * Cols + c];
    public Span<T> Row(int r) => _data.Slice(r * Cols, Cols);
}

static class Program
{
    static int s_rows = 3, s_cols = 4;
    static string[] s_map = { "..#..", ".##..", "..#.#", "###.." };

    static int Fill(Grid<byte> g, int r, int c, byte color)
    {
        if (r < 0 || c < 0 || r >= g.Rows || c >= g.Cols || g[r, c] != 0) return 0;
        g[r, c] = color;
        return 1 + Fill(g, r + 1, c, color) + Fill(g, r - 1, c, color) + Fill(g, r, c + 1, color) + Fill(g, r, c - 1, color);
    }

    static int Main()
    {
        int rows = s_rows, cols = s_cols;
        int[] backing = new int[rows * cols];
        var g = new Grid<int>(backing, rows, cols);
        for (int r = 0; r < rows; r++)
            for (int c = 0; c < cols; c++)
                g[r, c] = r * 10 + c;
        if (backing[5] != 11 || backing[11] != 23) return 1;
        ref int cell = ref g[2, 1];
        cell += 100;
        if (backing[9] != 121) return 2;
        Span<int> row1 = g.Row(1);
        row1.Fill(-1);
        if (backing[3] != 3 || backing[4] != -1 || backing[7] != -1 || backing[8] != 20) return 3;

        Span<int> tBack = stackalloc int[rows * cols];
        var t = new Grid<int>(tBack, cols, rows);
        for (int r = 0; r < rows; r++)
            for (int c = 0; c < cols; c++)
                t[c, r] = g[r, c];
        if (t[3, 0] != 3 || t[1, 2] != 121 || t[0, 1] != -1 || t.Row(3)[2] != 23) return 4;

        string[] map = s_map;
        int mr = map.Length, mc = map[0].Length;
        byte[] cells = new byte[mr * mc];
        var m = new Grid<byte>(cells, mr, mc);
        for (int r = 0; r < mr; r++)
            for (int c = 0; c < mc; c++)
                m[r, c] = map[r][c] == '#' ? (byte)255 : (byte)0;
        int regions = 0, sizes = 0;
        for (int r = 0; r < mr; r++)
            for (int c = 0; c < mc; c++)
                if (m[r, c] == 0) { regions++; int s = Fill(m, r, c, (byte)regions); sizes = sizes * 100 + s; }
        // Two open regions: five cells on the left, seven on the right, found in that order.
        if (regions != 2 || sizes != 507) return 5;
        if (m[0, 0] != 1 || m[3, 4] != 2 || m[0, 4] != 2 || m[2, 1] != 1 || m[3, 0] != 255) return 6;
        int total = 0;
        for (int i = 0; i < cells.Length; i++) if (cells[i] != 255) total++;
        if (total != 12) return 7;
        return 100;
    }
}
