// Checks arrays whose element type is a type parameter: new T[n], T[][] and T[,] created in generic code, element copies for value and reference T, and a generic matrix transpose over int, string and a struct.
struct Cell { public int R, C; }

static class Grid<T>
{
    public static T[,] Transpose(T[,] m)
    {
        int rows = m.GetLength(0), cols = m.GetLength(1);
        T[,] t = new T[cols, rows];
        for (int r = 0; r < rows; r++)
            for (int c = 0; c < cols; c++)
                t[c, r] = m[r, c];
        return t;
    }

    public static T[][] ToJagged(T[,] m)
    {
        T[][] j = new T[m.GetLength(0)][];
        for (int r = 0; r < j.Length; r++)
        {
            j[r] = new T[m.GetLength(1)];
            for (int c = 0; c < j[r].Length; c++) j[r][c] = m[r, c];
        }
        return j;
    }

    public static T[] Concat(T[] a, T[] b)
    {
        T[] r = new T[a.Length + b.Length];
        for (int i = 0; i < a.Length; i++) r[i] = a[i];
        for (int i = 0; i < b.Length; i++) r[a.Length + i] = b[i];
        return r;
    }
}

static class Program
{
    static int s_rows = 2, s_cols = 3;

    static int Main()
    {
        int[,] m = new int[s_rows, s_cols];
        for (int r = 0; r < s_rows; r++)
            for (int c = 0; c < s_cols; c++)
                m[r, c] = r * 10 + c;
        int[,] t = Grid<int>.Transpose(m);
        if (t.GetLength(0) != 3 || t.GetLength(1) != 2 || t[2, 1] != 12 || t[0, 1] != 10) return 1;
        string[,] sm = new string[s_rows, s_cols];
        sm[1, 2] = "x";
        string[,] st = Grid<string>.Transpose(sm);
        if (st[2, 1] != "x" || st[0, 0] != null) return 2;
        Cell[,] cm = new Cell[s_rows, s_cols];
        for (int r = 0; r < s_rows; r++)
            for (int c = 0; c < s_cols; c++) { cm[r, c].R = r; cm[r, c].C = c; }
        Cell[][] cj = Grid<Cell>.ToJagged(Grid<Cell>.Transpose(cm));
        if (cj.Length != 3 || cj[2].Length != 2 || cj[2][1].R != 1 || cj[2][1].C != 2) return 3;
        cj[0][0].R = 99;
        if (cm[0, 0].R != 0) return 4;
        long[] joined = Grid<long>.Concat(new long[] { 1, 2 }, new long[] { 3 });
        if (joined.Length != 3 || joined[2] != 3) return 5;
        string[][] sj = Grid<string>.ToJagged(sm);
        string[] flat = Grid<string>.Concat(sj[0], sj[1]);
        if (flat.Length != 6 || flat[5] != "x") return 6;
        return 100;
    }
}
