// Checks ReadOnlySpan<T> initialized from constant arrays (new byte[] { ... } read straight from the assembly's data, and RuntimeHelpers.CreateSpan for int, long, double, char and short): element values, lengths, negative and extreme values, lookups through a static property returning such a span, and equal spans from two fields.
using System;

static class Program
{
    static int s_i = 2;

    static ReadOnlySpan<byte> Table => new byte[] { 0, 1, 1, 2, 1, 2, 2, 3, 1, 2, 2, 3, 2, 3, 3, 4 };
    static ReadOnlySpan<int> Primes => new int[] { 2, 3, 5, 7, 11, 13, int.MaxValue, int.MinValue };
    static ReadOnlySpan<long> Longs => new long[] { 1L << 40, -1, long.MinValue };
    static ReadOnlySpan<double> Doubles => new double[] { 0.5, -1.25, 1e300 };
    static ReadOnlySpan<char> Hex => new char[] { '0', '1', '2', '3', '4', '5', '6', '7', '8', '9', 'a', 'b', 'c', 'd', 'e', 'f' };
    static ReadOnlySpan<short> Shorts => new short[] { -32768, 32767, -1 };
    static ReadOnlySpan<sbyte> SBytes => new sbyte[] { -128, 127, -1 };

    static int PopCount(int v)
    {
        int c = 0;
        ReadOnlySpan<byte> t = Table;
        while (v != 0) { c += t[v & 15]; v = (int)((uint)v >> 4); }
        return c;
    }

    static int Main()
    {
        if (Table.Length != 16 || PopCount(0x7F3) != 9 || PopCount(-1) != 32) return 1;
        ReadOnlySpan<int> p = Primes;
        if (p.Length != 8 || p[s_i] != 5 || p[6] != int.MaxValue || p[7] != int.MinValue) return 2;
        ReadOnlySpan<long> l = Longs;
        if (l[0] != 1L << 40 || l[s_i - 1] != -1 || l[2] != long.MinValue) return 3;
        ReadOnlySpan<double> d = Doubles;
        if (d[0] != 0.5 || d[1] != -1.25 || d[s_i] != 1e300) return 4;
        ReadOnlySpan<char> h = Hex;
        Span<char> outBuf = stackalloc char[8];
        uint v = 0xDEADBEEF;
        for (int i = 7; i >= 0; i--) { outBuf[i] = h[(int)(v & 15)]; v >>= 4; }
        if (!outBuf.SequenceEqual("deadbeef".AsSpan())) return 5;
        ReadOnlySpan<short> s = Shorts;
        if (s[0] != short.MinValue || s[1] != short.MaxValue || s[s_i] != -1) return 6;
        ReadOnlySpan<sbyte> sb = SBytes;
        if (sb[0] != -128 || sb[1] != 127 || sb[s_i] != -1) return 7;

        // Two reads of the same property see the same data; a local constant array span too.
        if (!Table.SequenceEqual(Table) || Table[15] != 4) return 8;
        ReadOnlySpan<byte> local = new byte[] { 10, 20, 30 };
        int sum = 0;
        for (int i = 0; i < local.Length; i++) sum += local[i];
        if (sum != 60) return 9;
        ReadOnlySpan<int> localInts = new int[] { -5, 5, 50 };
        if (localInts[0] + localInts[1] + localInts[s_i] != 50) return 10;
        return 100;
    }
}
