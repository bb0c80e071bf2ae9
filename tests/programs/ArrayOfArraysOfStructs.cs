// Checks jagged arrays of structs and structs containing arrays: in-place updates through two levels of indexing, struct copies sharing the inner array, and a histogram per row.
struct Bin { public int Count; public long Sum; }

struct Series
{
    public string Name;
    public int[] Values;
    public int Total() { int t = 0; foreach (int v in Values) t += v; return t; }
}

static class Program
{
    static int s_rows = 4;

    static int Main()
    {
        Bin[][] hist = new Bin[s_rows][];
        for (int r = 0; r < hist.Length; r++) hist[r] = new Bin[r + 2];
        for (int v = 0; v < 100; v++)
        {
            int r = v % s_rows;
            int b = v % hist[r].Length;
            hist[r][b].Count++;
            hist[r][b].Sum += v;
        }
        int counted = 0;
        long summed = 0;
        foreach (Bin[] row in hist) foreach (Bin bin in row) { counted += bin.Count; summed += bin.Sum; }
        if (counted != 100 || summed != 4950) return 1;
        if (hist[0][0].Count != 25 || hist[0][1].Count != 0 || hist[3][4].Count != 5) return 2;
        Series s = new Series { Name = "s", Values = new int[] { 1, 2, 3 } };
        Series t = s;
        t.Values[0] = 10;
        t.Name = "t";
        if (s.Values[0] != 10 || s.Name != "s" || s.Total() != 15) return 3;
        Series[] all = { s, t, new Series { Values = new int[0] } };
        all[1].Values = new int[] { 5 };
        if (all[0].Total() != 15 || all[1].Total() != 5 || all[2].Total() != 0 || t.Total() != 15) return 4;
        Series[][] grid = new Series[2][];
        grid[1] = all;
        grid[1][2].Name = "renamed";
        if (all[2].Name != "renamed") return 5;
        return 100;
    }
}
