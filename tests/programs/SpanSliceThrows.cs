// Expects an unhandled System.ArgumentOutOfRangeException from Span<int>.Slice with a start plus length past the end of the span; returns 100 only if nothing is thrown.
using System;

static class Program
{
    static int s_n = 10;
    static int s_sink;

    static int Main()
    {
        Span<int> span = new int[s_n];
        Span<int> ok = span.Slice(3, 7);
        if (ok.Length != 7) return 1;
        Span<int> tail = span.Slice(s_n);
        if (tail.Length != 0) return 2;
        Span<int> bad = span.Slice(4, s_n - 3);
        s_sink = bad.Length;
        return 100;
    }
}
