// More than 4 GiB is allocated as medium arrays (8 KB to 256 KB, just above and below the small-object limit,
// one to a few pages each) while a set of medium arrays survives and is partly replaced along the way, leaving
// holes of every size between survivors; every surviving array must keep its length and contents.
using System;
using System.Runtime.CompilerServices;

static class Program
{
    static int s_rounds = 34_000;
    static int s_kept = 256;

    static int LengthFor(int seed) => 2000 + (int)((uint)(seed * 2654435761u) % 62_000u);

    static int[] MakeKept(int seed)
    {
        int[] a = new int[LengthFor(seed)];
        a[0] = seed;
        a[a.Length / 2] = seed * 3;
        a[a.Length - 1] = ~seed;
        return a;
    }

    static bool KeptOk(int[] a, int seed) =>
        a != null && a.Length == LengthFor(seed) && a[0] == seed && a[a.Length / 2] == seed * 3 && a[a.Length - 1] == ~seed && a[1] == 0;

    static int Main()
    {
        long startAllocated = GC.GetTotalAllocatedBytes();
        int[][] kept = new int[s_kept][];
        int[] seeds = new int[s_kept];
        for (int i = 0; i < kept.Length; i++)
        {
            seeds[i] = i;
            kept[i] = MakeKept(i);
        }
        long garbage = 0;
        object[] recent = new object[8];
        for (int r = 0; r < s_rounds; r++)
        {
            // Garbage of varying medium sizes, a few of them alive for a while.
            int size = 8100 + (r * 7919) % 250_000;
            byte[] g = new byte[size];
            g[size - 1] = (byte)r;
            garbage += size;
            recent[r % recent.Length] = g;
            if (r % 7 == 0)
            {
                long[] l = new long[1020 + r % 8];
                garbage += l.Length * 8L;
            }
            if (r % 40 == 0)
            {
                int at = (r / 40 * 31) % kept.Length;
                seeds[at] = r;
                kept[at] = MakeKept(r);
            }
            if (r % 5000 == 0)
            {
                for (int i = 0; i < kept.Length; i++)
                {
                    if (!KeptOk(kept[i], seeds[i]))
                        return 1;
                }
            }
        }
        if (garbage < (1L << 32) + (1L << 28))
            return 2;
        if (GC.GetTotalAllocatedBytes() - startAllocated < (1L << 32))
            return 3;
        for (int i = 0; i < kept.Length; i++)
        {
            if (!KeptOk(kept[i], seeds[i]))
                return 4;
        }
        for (int i = 0; i < recent.Length; i++)
        {
            int r = s_rounds - recent.Length + i;
            byte[] g = (byte[])recent[r % recent.Length];
            if (g.Length != 8100 + (r * 7919) % 250_000 || g[g.Length - 1] != (byte)r)
                return 5;
        }
        return 100;
    }
}
