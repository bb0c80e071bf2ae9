// Arrays allocated pinned (GC.AllocateArray and AllocateUninitializedArray with pinned: true): usable like any array,
// zeroed when asked, written through pointers taken once and kept across collections that free garbage around them;
// and no debugger is attached.
using System;
using System.Diagnostics;

static class Program
{
    sealed class Garbage
    {
        public long A, B, C;
    }

    static int s_rounds = 3000;

    static unsafe int Main()
    {
        if (Debugger.IsAttached)
            return 1;
        int[] ints = GC.AllocateArray<int>(64, pinned: true);
        if (ints.Length != 64)
            return 2;
        for (int i = 0; i < ints.Length; i++)
            if (ints[i] != 0)
                return 3;
        byte[] bytes = GC.AllocateUninitializedArray<byte>(300, pinned: true);
        if (bytes.Length != 300)
            return 4;
        double[] doubles = GC.AllocateArray<double>(16, pinned: true);

        long sum = 0;
        fixed (int* pi = ints)
        fixed (byte* pb = bytes)
        fixed (double* pd = doubles)
        {
            for (int round = 0; round < s_rounds; round++)
            {
                int at = round % 64;
                pi[at] += round;
                pb[round % 300] = (byte)round;
                pd[round % 16] += 0.5;
                var g = new Garbage { A = round, B = round * 2, C = round * 3 };
                sum += g.C - g.B - g.A;
                if (round % 500 == 0)
                    GC.Collect();
            }
        }
        if (sum != 0)
            return 5;
        long expected = 0;
        for (int round = 0; round < s_rounds; round++)
            expected += round;
        long total = 0;
        foreach (int v in ints)
            total += v;
        if (total != expected)
            return 6;
        if (bytes[299] != unchecked((byte)2999) || bytes[0] != unchecked((byte)2700))
            return 7;
        double dsum = 0;
        foreach (double d in doubles)
            dsum += d;
        if (dsum != s_rounds * 0.5)
            return 8;
        // A pinned array is an ordinary array otherwise.
        int[] copy = (int[])ints.Clone();
        ints[1] = -1;
        if (copy[1] == -1 || copy[2] != ints[2] || copy.Length != 64)
            return 9;
        return 100;
    }
}
