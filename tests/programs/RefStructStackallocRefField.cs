// Checks ref structs with ref fields pointing into stackalloc'd memory: a cursor ref struct (ref int field plus remaining length) walking a stackalloc'd span, a ref field re-pointed to the next element, a ref struct holding a Span<long> and a ref to one of its elements, and a ref struct passed by ref to a helper that advances it.
using System;

ref struct Cursor
{
    public ref int Current;
    public int Left;
    public Cursor(Span<int> s) { Current = ref s[0]; Left = s.Length; }
    public bool Advance(Span<int> s)
    {
        Left--;
        if (Left <= 0) return false;
        Current = ref s[s.Length - Left];
        return true;
    }
}

ref struct Accum
{
    public Span<long> Buf;
    public ref long Total;
    public Accum(Span<long> buf) { Buf = buf; Total = ref buf[buf.Length - 1]; }
    public void Add(int i, long v) { Buf[i] += v; Total += v; }
}

static class Program
{
    static int s_n = 6;

    static void Skip(ref Cursor c, Span<int> s, int k) { for (int i = 0; i < k; i++) c.Advance(s); }

    static int Main()
    {
        int n = s_n;
        Span<int> s = stackalloc int[n];
        for (int i = 0; i < n; i++) s[i] = i * i;
        Cursor c = new Cursor(s);
        if (c.Current != 0 || c.Left != 6) return 1;
        int sum = 0;
        do { sum += c.Current; c.Current = -c.Current; } while (c.Advance(s));
        if (sum != 55) return 2;
        if (s[3] != -9 || s[5] != -25) return 3;

        Cursor d = new Cursor(s);
        Skip(ref d, s, 2);
        if (d.Current != -4 || d.Left != 4) return 4;
        d.Current = 1000;
        if (s[2] != 1000) return 5;

        Span<long> buf = stackalloc long[4];
        Accum acc = new Accum(buf);
        acc.Add(0, 5);
        acc.Add(1, 1L << 40);
        acc.Add(0, 2);
        if (buf[0] != 7 || buf[1] != 1L << 40 || buf[3] != 7 + (1L << 40)) return 6;
        acc.Total = 0;
        if (buf[3] != 0) return 7;
        // Adding to the last slot goes through the indexer and the ref: twice.
        acc.Add(3, 4);
        if (buf[3] != 8 || acc.Total != 8) return 8;
        return 100;
    }
}
