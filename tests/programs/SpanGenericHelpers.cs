// Checks generic code over spans: own generic Swap, Reverse, Rotate and Count helpers over Span<T> instantiated for int, long, double, string and a struct, a generic ref-returning indexer helper, and spans in generic classes.
using System;

struct Tag { public int Id; public string Name; }

class Window<T>
{
    T[] _items;
    public Window(T[] items) { _items = items; }
    public Span<T> View(int start, int len) { return new Span<T>(_items, start, len); }
}

static class Program
{
    static int s_n = 5;

    static void Swap<T>(ref T a, ref T b) { T t = a; a = b; b = t; }
    static void ReverseOwn<T>(Span<T> s) { for (int i = 0, j = s.Length - 1; i < j; i++, j--) Swap(ref s[i], ref s[j]); }
    static void RotateLeft<T>(Span<T> s, int k) { ReverseOwn(s.Slice(0, k)); ReverseOwn(s.Slice(k)); ReverseOwn(s); }
    static int CountWhere<T>(ReadOnlySpan<T> s, Func<T, bool> p) { int n = 0; for (int i = 0; i < s.Length; i++) if (p(s[i])) n++; return n; }
    static ref T Last<T>(Span<T> s) { return ref s[s.Length - 1]; }

    static int Main()
    {
        int[] ints = new int[s_n];
        for (int i = 0; i < ints.Length; i++) ints[i] = i + 1;
        ReverseOwn<int>(ints);
        if (ints[0] != 5 || ints[4] != 1 || ints[2] != 3) return 1;
        RotateLeft<int>(ints, 2);
        if (ints[0] != 3 || ints[1] != 2 || ints[4] != 4) return 2;
        long[] longs = { 1L << 40, 2, 3 };
        RotateLeft<long>(longs, 1);
        if (longs[2] != 1L << 40 || longs[0] != 2) return 3;
        double[] ds = { 0.5, 1.5, 2.5, 3.5 };
        ReverseOwn(new Span<double>(ds, 1, 3));
        if (ds[1] != 3.5 || ds[3] != 1.5 || ds[0] != 0.5) return 4;
        string[] words = { "a", "bb", "ccc", "dd" };
        ReverseOwn<string>(words);
        if (words[0] != "dd" || words[3] != "a") return 5;
        if (CountWhere<string>(words, w => w.Length == 2) != 2) return 6;
        Tag[] tags = new Tag[3];
        for (int i = 0; i < tags.Length; i++) tags[i] = new Tag { Id = i, Name = words[i] };
        RotateLeft<Tag>(tags, 1);
        if (tags[0].Id != 1 || tags[2].Name != "dd") return 7;
        Last<Tag>(tags).Id = 99;
        if (tags[2].Id != 99) return 8;
        Last<int>(ints) += 100;
        if (ints[4] != 104) return 9;
        Window<string> win = new Window<string>(words);
        Span<string> view = win.View(1, 2);
        view[0] = "X";
        if (words[1] != "X" || CountWhere<string>(view, w => w == "X") != 1) return 10;
        return 100;
    }
}
