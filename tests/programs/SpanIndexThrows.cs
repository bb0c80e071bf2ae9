// Expects an unhandled System.IndexOutOfRangeException from reading a Span<int> (a slice of an array) at an index equal to its Length; returns 100 only if nothing is thrown.
using System;

static class Program
{
    static int s_n = 8;
    static int s_sink;

    static int Main()
    {
        int[] arr = new int[s_n];
        for (int i = 0; i < arr.Length; i++) arr[i] = i;
        Span<int> span = new Span<int>(arr).Slice(2, 4);
        int sum = 0;
        for (int i = 0; i < span.Length; i++) sum += span[i];
        if (sum != 14) return 1;
        if (span.Length != 4) return 2;
        for (int i = 0; i <= span.Length; i++) s_sink += span[i];
        return 100;
    }
}
