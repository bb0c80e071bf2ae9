// Expects an unhandled System.IndexOutOfRangeException from reading a ReadOnlySpan<int> over constant array data (RuntimeHelpers.CreateSpan) at its Length; returns 100 only if nothing is thrown.
using System;

static class Program
{
    static int s_i = 4;
    static ReadOnlySpan<int> Data => new int[] { 10, 20, 30, 40 };

    static int Main()
    {
        ReadOnlySpan<int> d = Data;
        if (d[s_i - 1] != 40 || d.Length != 4) return 1;
        int v = d[s_i];
        return v == 0 ? 100 : 101;
    }
}
