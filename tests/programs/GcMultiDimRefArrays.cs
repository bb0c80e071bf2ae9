// Multi-dimensional arrays of references (Node[,], string[,,], object[,] holding other arrays) and of structs
// holding references (Cell[,]) keep every element alive through collections while elements are rewritten; each
// element must read back with the value its indices say.
using System;
using System.Runtime.CompilerServices;

static class Program
{
    sealed class Node
    {
        public int Row;
        public int Col;
        public Node Right;
        public int[] Extra;
    }

    struct Cell
    {
        public int Version;
        public Node Owner;
        public string Label;
    }

    static int s_rows = 40;
    static int s_cols = 37;
    static int s_rounds = 15_000;
    static string[] s_labels = { "i", "ii", "iii", "iv", "v", "vi", "vii" };

    [MethodImpl(MethodImplOptions.NoInlining)]
    static long Garbage(int r)
    {
        Node[,] g = new Node[2, 3];
        g[1, 2] = new Node { Row = r };
        long s = g[1, 2].Row;
        if (r % 16 == 0)
        {
            object[,] big = new object[200, 200];
            big[r % 100, 1] = big;
            s += big.Length;
        }
        return s;
    }

    static int Main()
    {
        int rows = s_rows, cols = s_cols;
        Node[,] nodes = new Node[rows, cols];
        for (int r = 0; r < rows; r++)
        {
            for (int c = 0; c < cols; c++)
            {
                nodes[r, c] = new Node { Row = r, Col = c, Extra = (r + c) % 5 == 0 ? new int[] { r * c } : null };
                if (c > 0)
                    nodes[r, c - 1].Right = nodes[r, c];
            }
        }
        string[,,] labels = new string[4, rows, 3];
        for (int a = 0; a < 4; a++)
            for (int r = 0; r < rows; r++)
                for (int k = 0; k < 3; k++)
                    labels[a, r, k] = string.Concat(s_labels[(a + r) % 7], s_labels[k]);
        Cell[,] cells = new Cell[rows, cols];
        object[,] holders = new object[3, 3];
        holders[0, 0] = nodes;
        holders[1, 1] = labels;
        holders[2, 2] = cells;
        holders[0, 2] = new int[,] { { 1, 2 }, { 3, 4 } };
        long garbage = 0;
        uint state = 3;
        for (int i = 0; i < s_rounds; i++)
        {
            state = state * 1103515245 + 12345;
            int r = (int)((state >> 8) % (uint)rows);
            int c = (int)((state >> 18) % (uint)cols);
            Cell cell = cells[r, c];
            cell.Version++;
            cell.Owner = new Node { Row = r, Col = c, Extra = new int[] { cell.Version } };
            cell.Label = s_labels[cell.Version % 7];
            cells[r, c] = cell;
            if (i % 7 == 0)
            {
                int rr = (int)((state >> 3) % (uint)rows);
                Node fresh = new Node { Row = rr, Col = 0, Right = nodes[rr, 0].Right, Extra = nodes[rr, 0].Extra };
                nodes[rr, 0] = fresh;
            }
            garbage += Garbage(i);
        }
        Node[,] n2 = (Node[,])holders[0, 0];
        nodes = null;
        for (int r = 0; r < rows; r++)
        {
            Node p = n2[r, 0];
            for (int c = 0; c < cols; c++)
            {
                if (p == null || p.Row != r || p.Col != c)
                    return 1;
                if (c > 0 && n2[r, c] != p)
                    return 2;
                if ((r + c) % 5 == 0 ? (p.Extra == null || p.Extra[0] != r * c) : p.Extra != null)
                    return 3;
                p = p.Right;
            }
            if (p != null)
                return 4;
        }
        string[,,] l2 = (string[,,])holders[1, 1];
        for (int a = 0; a < 4; a++)
            for (int r = 0; r < rows; r++)
                for (int k = 0; k < 3; k++)
                    if (l2[a, r, k] != string.Concat(s_labels[(a + r) % 7], s_labels[k]))
                        return 5;
        Cell[,] c2 = (Cell[,])holders[2, 2];
        int touched = 0;
        for (int r = 0; r < rows; r++)
        {
            for (int c = 0; c < cols; c++)
            {
                Cell cell = c2[r, c];
                if (cell.Version == 0)
                {
                    if (cell.Owner != null || cell.Label != null)
                        return 6;
                    continue;
                }
                touched++;
                if (cell.Owner.Row != r || cell.Owner.Col != c || cell.Owner.Extra[0] != cell.Version)
                    return 7;
                if (cell.Label != s_labels[cell.Version % 7])
                    return 8;
            }
        }
        if (touched < rows * cols / 2)
            return 9;
        if (holders[0, 2] is not int[,] small || small[1, 0] != 3 || small.Length != 4)
            return 10;
        if (holders[1, 0] != null || holders.GetLength(1) != 3)
            return 11;
        return garbage > 0 ? 100 : 12;
    }
}
