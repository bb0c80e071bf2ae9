// Checks stackalloc of structs and of zero elements: a Span<Point> of structs zero-initialized and written through refs, stackalloc with a struct initializer, a zero-length stackalloc (IsEmpty, Length 0, slicing to empty), a run-time size of zero, and a helper stackalloc'ing structs inside a loop body getting zeroed memory on each call.
using System;

struct Point { public int X; public long Y; public byte Flag; }

static class Program
{
    static int s_zero = 0;
    static int s_n = 5;

    static long FillAndSum(int n, int salt)
    {
        long sum = 0;
        for (int round = 0; round < 2; round++)
        {
            Span<Point> pts = stackalloc Point[n];
            for (int i = 0; i < n; i++)
            {
                // Fresh memory on every call: all zero before being written.
                if (pts[i].X != 0 || pts[i].Y != 0 || pts[i].Flag != 0) return -1;
            }
            for (int i = 0; i < n; i++) { pts[i].X = i + salt; pts[i].Y = (long)salt << 32; pts[i].Flag = 1; }
            for (int i = 0; i < n; i++) sum += pts[i].X + pts[i].Y + pts[i].Flag;
            if (round == 0) break;
        }
        return sum;
    }

    static int Main()
    {
        int n = s_n;
        Span<Point> pts = stackalloc Point[n];
        for (int i = 0; i < n; i++) if (pts[i].X != 0 || pts[i].Y != 0) return 1;
        for (int i = 0; i < n; i++)
        {
            ref Point p = ref pts[i];
            p.X = i;
            p.Y = -i;
            p.Flag = (byte)(i * 100);
        }
        if (pts[4].X != 4 || pts[4].Y != -4 || pts[3].Flag != 44) return 2;

        Span<Point> init = stackalloc Point[] { new Point { X = 1 }, new Point { Y = 2 }, new Point { Flag = 3 } };
        if (init.Length != 3 || init[0].X != 1 || init[1].Y != 2 || init[2].Flag != 3 || init[2].X != 0) return 3;

        Span<int> empty = stackalloc int[0];
        if (!empty.IsEmpty || empty.Length != 0) return 4;
        Span<long> none = stackalloc long[s_zero];
        if (none.Length != 0 || !none.Slice(0).IsEmpty) return 5;
        if (!pts.Slice(n).IsEmpty || pts.Slice(n, 0).Length != 0) return 6;

        for (int salt = 1; salt <= 3; salt++)
        {
            long r = FillAndSum(n, salt);
            if (r != 10 + 5 * salt + 5 * ((long)salt << 32) + 5) return 6 + salt;
        }
        if (FillAndSum(0, 9) != 0) return 10;
        return 100;
    }
}
