// Checks MemoryExtensions over spans: Reverse in place (whole span and a slice), SequenceEqual of Span<int>, ReadOnlySpan<int> and ReadOnlySpan<char>, IndexOf and LastIndexOf of a value and of a sub-sequence, and Contains.
using System;

static class Program
{
    static int s_n = 7;

    static int Main()
    {
        int[] a = new int[s_n];
        for (int i = 0; i < a.Length; i++) a[i] = i * i;
        Span<int> s = a;
        s.Reverse();
        if (a[0] != 36 || a[6] != 0 || a[3] != 9) return 1;
        s.Slice(1, 3).Reverse();
        if (a[1] != 9 || a[2] != 16 || a[3] != 25 || a[4] != 4 || a[0] != 36) return 2;
        int[] b = { 36, 9, 16, 25, 4, 1, 0 };
        if (!s.SequenceEqual(b)) return 3;
        b[6] = 2;
        if (s.SequenceEqual(b)) return 4;
        ReadOnlySpan<int> ro = a;
        if (!ro.Slice(2, 2).SequenceEqual(new ReadOnlySpan<int>(b, 2, 2))) return 5;
        if (ro.SequenceEqual(ro.Slice(1))) return 6;
        if (s.IndexOf(9) != 1 || s.IndexOf(100) != -1) return 7;
        int[] pair = { 25, 4 };
        if (ro.IndexOf(new ReadOnlySpan<int>(pair)) != 3) return 8;
        int[] dup = { 5, 1, 5, 2, 5 };
        if (new ReadOnlySpan<int>(dup).LastIndexOf(5) != 4 || new Span<int>(dup).IndexOf(2) != 3) return 9;
        if (!ro.Contains(25) || ro.Contains(-1)) return 10;
        char[] text = { 'h', 'e', 'l', 'l', 'o' };
        ReadOnlySpan<char> cs = text;
        if (cs.IndexOf('l') != 2 || cs.LastIndexOf('l') != 3 || cs.IndexOf('z') != -1) return 11;
        char[] ell = { 'l', 'l', 'o' };
        if (cs.IndexOf(new ReadOnlySpan<char>(ell)) != 2) return 12;
        if (!cs.Slice(2).SequenceEqual(new ReadOnlySpan<char>(ell))) return 13;
        return 100;
    }
}
