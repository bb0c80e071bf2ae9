// Checks Span<int> and ReadOnlySpan<int> over arrays: indexing, Length, writes through the span reach the array, Slice with one and two arguments, a span over part of an array, a span of a span, and an empty span.
using System;

static class Program
{
    static int s_n = 10;

    static int Sum(ReadOnlySpan<int> s) { int r = 0; for (int i = 0; i < s.Length; i++) r += s[i]; return r; }

    static int Main()
    {
        int[] arr = new int[s_n];
        Span<int> span = arr;
        if (span.Length != 10) return 1;
        for (int i = 0; i < span.Length; i++) span[i] = i * 3;
        if (arr[9] != 27 || arr[0] != 0) return 2;
        Span<int> tail = span.Slice(6);
        if (tail.Length != 4 || tail[0] != 18) return 3;
        tail[1] = -1;
        if (arr[7] != -1) return 4;
        Span<int> mid = span.Slice(2, 3);
        if (mid.Length != 3 || Sum(mid) != 27) return 5;
        Span<int> part = new Span<int>(arr, 4, 2);
        part[0] += 100;
        if (arr[4] != 112) return 6;
        Span<int> inner = mid.Slice(1, 1);
        inner[0] = 7;
        if (arr[3] != 7 || mid[1] != 7) return 7;
        ReadOnlySpan<int> ro = arr;
        if (Sum(ro) != 0 + 3 + 6 + 7 + 112 + 15 + 18 - 1 + 24 + 27) return 8;
        Span<int> empty = span.Slice(s_n);
        if (empty.Length != 0 || !empty.IsEmpty) return 9;
        if (Sum(ro.Slice(0, 0)) != 0 || Sum(new ReadOnlySpan<int>(arr, 8, 2)) != 51) return 10;
        Span<int> none = default;
        if (none.Length != 0) return 11;
        return 100;
    }
}
