// Expects an unhandled System.IndexOutOfRangeException from writing a stackalloc'd Span<byte> at a negative index; returns 100 only if nothing is thrown.
using System;

static class Program
{
    static int s_n = 16;
    static int s_back = -1;

    static int Fill(int n, int start)
    {
        Span<byte> buf = stackalloc byte[n];
        for (int i = 0; i < n; i++) buf[i] = (byte)i;
        buf[start] = 0xFF;
        return buf[n - 1];
    }

    static int Main()
    {
        if (Fill(s_n, 0) != 15) return 1;
        if (Fill(4, 3) != 0xFF) return 2;
        if (Fill(s_n, s_back) != 15) return 3;
        return 100;
    }
}
