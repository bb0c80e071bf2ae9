// More than 4 GiB is allocated in a mix of sizes (tiny objects, small-cell arrays up to 8 KB, medium arrays of a
// few pages, large arrays of tens of MB, strings) while survivors of every size are kept and some replaced, so that
// small pages and large runs interleave; all survivors must be intact and the totals must pass 4 GiB.
using System;
using System.Runtime.CompilerServices;

static class Program
{
    sealed class Tiny
    {
        public int Id;
        public Tiny Next;
    }

    static int s_rounds = 40_000;
    static uint s_seed = 2024;

    static uint Rand()
    {
        s_seed ^= s_seed << 13;
        s_seed ^= s_seed >> 17;
        s_seed ^= s_seed << 5;
        return s_seed;
    }

    static long[] Filled(int length, int seed)
    {
        long[] a = new long[length];
        a[0] = seed;
        a[length - 1] = -seed;
        a[length / 3] = seed * 7L;
        return a;
    }

    static bool FilledOk(long[] a, int length, int seed) =>
        a.Length == length && a[0] == seed && a[length - 1] == -seed && a[length / 3] == seed * 7L;

    static int Main()
    {
        long startAllocated = GC.GetTotalAllocatedBytes();
        Tiny tinyHead = null;
        int tinyCount = 0;
        long[][] small = new long[64][];
        int[] smallSeeds = new int[64];
        long[][] medium = new long[16][];
        int[] mediumSeeds = new int[16];
        long[][] large = new long[2][];
        int[] largeSeeds = new int[2];
        string[] texts = new string[32];
        for (int i = 0; i < 64; i++)
        {
            smallSeeds[i] = i;
            small[i] = Filled(4 + i * 16, i);
        }
        for (int i = 0; i < 16; i++)
        {
            mediumSeeds[i] = i;
            medium[i] = Filled(2000 + i * 3000, i);
        }
        for (int i = 0; i < 2; i++)
        {
            largeSeeds[i] = i;
            large[i] = Filled((4 << 20) / 8 * (i + 1), i);
        }
        for (int i = 0; i < texts.Length; i++)
            texts[i] = string.Concat((i % 2 == 0) ? "even" : "odd", (i % 3 == 0) ? "-three" : "");
        long garbage = 0;
        for (int r = 0; r < s_rounds; r++)
        {
            uint pick = Rand() % 1000;
            if (pick < 500)
            {
                Tiny t = new Tiny { Id = r };
                if (r % 64 == 0)
                {
                    t.Next = tinyHead;
                    tinyHead = t;
                    tinyCount++;
                }
                garbage += 16;
            }
            else if (pick < 900)
            {
                int len = 16 + (int)(Rand() % 1000);
                long[] a = new long[len];
                garbage += len * 8L;
                if (r % 50 == 0)
                {
                    int at = (int)(Rand() % 64);
                    smallSeeds[at] = r;
                    small[at] = Filled(4 + at * 16, r);
                }
            }
            else if (pick < 996)
            {
                int len = 1100 + (int)(Rand() % 130_000);
                long[] a = new long[len];
                garbage += len * 8L;
                if (r % 20 == 0)
                {
                    int at = (int)(Rand() % 16);
                    mediumSeeds[at] = r;
                    medium[at] = Filled(2000 + at * 3000, r);
                }
            }
            else
            {
                int len = (int)(Rand() % (4u << 20)) + (1 << 20);
                long[] a = new long[len];
                a[len - 1] = r;
                garbage += len * 8L;
                if (r % 3 == 0)
                {
                    int at = (int)(Rand() % 2);
                    largeSeeds[at] = r;
                    large[at] = Filled((4 << 20) / 8 * (at + 1), r);
                }
            }
            if (r % 100 == 0)
                texts[r / 100 % texts.Length] = string.Concat(texts[(r / 100 + 1) % texts.Length].Length > 200 ? "" : texts[(r / 100 + 1) % texts.Length], "+");
        }
        if (garbage < (1L << 32) + (1L << 28))
            return 1;
        if (GC.GetTotalAllocatedBytes() - startAllocated < (1L << 32))
            return 2;
        int count = 0;
        int previous = int.MaxValue;
        for (Tiny t = tinyHead; t != null; t = t.Next, count++)
        {
            if (t.Id >= previous || t.Id % 64 != 0)
                return 3;
            previous = t.Id;
        }
        if (count != tinyCount || count == 0)
            return 4;
        for (int i = 0; i < 64; i++)
        {
            if (!FilledOk(small[i], 4 + i * 16, smallSeeds[i]))
                return 5;
        }
        for (int i = 0; i < 16; i++)
        {
            if (!FilledOk(medium[i], 2000 + i * 3000, mediumSeeds[i]))
                return 6;
        }
        for (int i = 0; i < 2; i++)
        {
            if (!FilledOk(large[i], (4 << 20) / 8 * (i + 1), largeSeeds[i]))
                return 7;
        }
        for (int i = 0; i < texts.Length; i++)
        {
            string t = texts[i];
            if (t.Length == 0 || (t[0] != 'e' && t[0] != 'o' && t[0] != '+') || t[t.Length - 1] == ' ')
                return 8;
        }
        return 100;
    }
}
