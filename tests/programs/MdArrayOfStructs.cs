// Checks two-dimensional arrays of structs: in-place field updates through element access, methods called on elements, copies out being independent, a cellular automaton (Game of Life) on a struct grid.
struct Cell
{
    public bool Alive;
    public byte Neighbours;
    public void Flip() { Alive = !Alive; }
}

static class Program
{
    static int s_size = 8;

    static void Step(Cell[,] g)
    {
        int n = g.GetLength(0), m = g.GetLength(1);
        for (int i = 0; i < n; i++)
            for (int j = 0; j < m; j++)
            {
                int c = 0;
                for (int di = -1; di <= 1; di++)
                    for (int dj = -1; dj <= 1; dj++)
                    {
                        if (di == 0 && dj == 0) continue;
                        int a = i + di, b = j + dj;
                        if (a >= 0 && a < n && b >= 0 && b < m && g[a, b].Alive) c++;
                    }
                g[i, j].Neighbours = (byte)c;
            }
        for (int i = 0; i < n; i++)
            for (int j = 0; j < m; j++)
            {
                bool alive = g[i, j].Alive;
                int c = g[i, j].Neighbours;
                if (alive ? (c < 2 || c > 3) : c == 3) g[i, j].Flip();
            }
    }

    static int Count(Cell[,] g)
    {
        int c = 0;
        foreach (Cell x in g) if (x.Alive) c++;
        return c;
    }

    static int Main()
    {
        Cell[,] g = new Cell[s_size, s_size];
        // A glider.
        g[0, 1].Alive = true;
        g[1, 2].Alive = true;
        g[2, 0].Flip();
        g[2, 1].Flip();
        g[2, 2].Flip();
        if (Count(g) != 5) return 1;
        Cell copy = g[2, 2];
        copy.Flip();
        if (!g[2, 2].Alive) return 2;
        for (int t = 0; t < 4; t++) Step(g);
        // After four generations the glider has moved one cell down and right.
        if (Count(g) != 5) return 3;
        if (!g[1, 2].Alive || !g[2, 3].Alive || !g[3, 1].Alive || !g[3, 2].Alive || !g[3, 3].Alive) return 4;
        if (g[0, 1].Alive || g[2, 0].Alive) return 5;
        Cell[,] blinker = new Cell[3, 3];
        for (int j = 0; j < 3; j++) blinker[1, j].Alive = true;
        Step(blinker);
        if (!blinker[0, 1].Alive || !blinker[2, 1].Alive || blinker[1, 0].Alive || blinker[1, 1].Neighbours != 2) return 6;
        return 100;
    }
}
