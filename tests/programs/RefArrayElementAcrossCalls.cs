// Checks refs to array elements passed across calls: a ref to an element handed down three calls and written at the bottom, a ref returned from one method and passed to another, refs to elements of a jagged array's inner arrays and of a struct array's fields, two refs to the same element aliasing, and a ref kept while other elements change.
using System;

struct Cell { public int V; public long W; }

static class Program
{
    static int s_i = 2;

    static void L3(ref int x, int d) => x += d * 100;
    static void L2(ref int x, int d) { x += d * 10; L3(ref x, d); }
    static void L1(ref int x, int d) { x += d; L2(ref x, d); }

    static ref int MaxRef(int[] a)
    {
        int best = 0;
        for (int i = 1; i < a.Length; i++) if (a[i] > a[best]) best = i;
        return ref a[best];
    }

    static void Twice(ref int a, ref int b) { a *= 2; b *= 2; }
    static void SetField(ref long w, long v) => w = v;
    static ref Cell Pick(Cell[] cells, int i) => ref cells[i];

    static int Main()
    {
        int[] a = { 1, 2, 3, 4, 5 };
        int i = s_i;
        L1(ref a[i], 3);
        if (a[2] != 3 + 333 || a[1] != 2 || a[3] != 4) return 1;
        ref int m = ref MaxRef(a);
        L1(ref m, -1);
        if (a[2] != 336 - 111) return 2;
        MaxRef(a) = -1;
        if (a[2] != -1 || MaxRef(a) != 5) return 3;

        Twice(ref a[0], ref a[0]);
        if (a[0] != 4) return 4;

        int[][] jag = { new int[] { 1, 2 }, new int[] { 3, 4, 5 } };
        ref int inner = ref jag[1][i];
        L1(ref inner, 1);
        if (jag[1][2] != 116) return 5;
        jag[1] = new int[] { 0, 0, 0 };
        // The ref still points into the old inner array.
        inner++;
        if (jag[1][2] != 0 || inner != 117) return 6;

        Cell[] cells = new Cell[3];
        SetField(ref cells[i].W, 1L << 40);
        if (cells[2].W != 1L << 40 || cells[1].W != 0) return 7;
        ref Cell c = ref Pick(cells, 1);
        c.V = 9;
        L1(ref Pick(cells, 1).V, 1);
        if (cells[1].V != 120 || c.V != 120) return 8;

        int[] b = { 10, 20, 30 };
        ref int first = ref b[0];
        for (int k = 1; k < b.Length; k++) { b[k] += first; first += 1; }
        if (b[0] != 12 || b[1] != 30 || b[2] != 41) return 9;
        return 100;
    }
}
