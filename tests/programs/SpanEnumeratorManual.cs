// Checks Span<T>.Enumerator and ReadOnlySpan<T>.Enumerator used by hand: GetEnumerator, MoveNext and Current (a ref for Span, written through), an enumerator over an empty span, two enumerators over one span advancing independently, and an enumerator over a slice stopping at its end.
using System;

static class Program
{
    static int[] s_data = { 4, 8, 15, 16, 23, 42 };

    static int Main()
    {
        Span<int> s = (int[])s_data;
        Span<int>.Enumerator e = s.GetEnumerator();
        int sum = 0, count = 0;
        while (e.MoveNext()) { sum += e.Current; count++; }
        if (sum != 108 || count != 6) return 1;
        if (e.MoveNext()) return 2;

        var w = s.GetEnumerator();
        while (w.MoveNext()) w.Current *= 2;
        if (s_data[0] != 8 || s_data[5] != 84) return 3;

        ReadOnlySpan<int> ro = s.Slice(1, 3);
        ReadOnlySpan<int>.Enumerator re = ro.GetEnumerator();
        int prod = 1;
        while (re.MoveNext()) prod *= re.Current;
        if (prod != 16 * 30 * 32) return 4;

        Span<long> empty = Span<long>.Empty;
        var ee = empty.GetEnumerator();
        if (ee.MoveNext()) return 5;

        var e1 = s.GetEnumerator();
        var e2 = s.GetEnumerator();
        e1.MoveNext(); e1.MoveNext();
        e2.MoveNext();
        if (e1.Current != 16 || e2.Current != 8) return 6;
        // Copying an enumerator copies its position.
        var e3 = e1;
        e3.MoveNext();
        if (e3.Current != 30 || e1.Current != 16) return 7;

        ReadOnlySpan<char> text = "span".AsSpan(1);
        var ce = text.GetEnumerator();
        int chars = 0;
        while (ce.MoveNext()) chars = chars * 256 + ce.Current;
        if (chars != ('p' << 16 | 'a' << 8 | 'n')) return 8;
        return 100;
    }
}
