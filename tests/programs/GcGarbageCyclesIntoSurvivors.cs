// Garbage that points into live data (cycles of garbage nodes each holding a survivor, big garbage arrays full of
// survivors) must be reclaimed without taking the survivors with it; survivors that briefly pointed at garbage
// and were then cleared keep their own values. A 32 MB dropped cyclic structure must show up as freed.
using System;
using System.Runtime.CompilerServices;

static class Program
{
    sealed class Survivor
    {
        public int Id;
        public object Scratch;
        public long[] Values;
    }

    sealed class Garbage
    {
        public Garbage Next;
        public Survivor Holds;
        public object Extra;
    }

    static int s_survivors = 500;
    static int s_rounds = 15_000;
    static Garbage s_bigRing;

    [MethodImpl(MethodImplOptions.NoInlining)]
    static long MakeCycles(Survivor[] live, int round)
    {
        Garbage a = new Garbage { Holds = live[round % live.Length] };
        Garbage b = new Garbage { Holds = live[(round * 7) % live.Length], Next = a };
        Garbage c = new Garbage { Holds = live[(round * 13) % live.Length], Next = b };
        a.Next = c;
        a.Extra = b;
        // A survivor points at garbage for a while.
        Survivor s = live[(round * 3) % live.Length];
        s.Scratch = c;
        long sum = a.Next.Next.Next.Holds.Id;
        s.Scratch = null;
        if (round % 16 == 0)
        {
            object[] big = new object[24000];
            for (int i = 0; i < big.Length; i += 97)
                big[i] = live[i % live.Length];
            big[1] = big;
            big[2] = a;
            sum += big.Length;
        }
        return sum;
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    static void MakeBigRing(Survivor[] live)
    {
        Garbage first = new Garbage();
        Garbage last = first;
        for (int i = 0; i < 64; i++)
        {
            object[] block = new object[128 * 1024];
            block[0] = first;
            block[1] = live[i % live.Length];
            block[2] = block;
            Garbage g = new Garbage { Extra = block, Holds = live[i % live.Length] };
            last.Next = g;
            last = g;
        }
        last.Next = first;
        s_bigRing = first;
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    static int RingLength()
    {
        int n = 0;
        Garbage g = s_bigRing;
        do
        {
            n++;
            g = g.Next;
        } while (g != s_bigRing);
        return n;
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    static void DropRing() => s_bigRing = null;

    static int Main()
    {
        Survivor[] live = new Survivor[s_survivors];
        for (int i = 0; i < live.Length; i++)
        {
            live[i] = new Survivor { Id = i, Values = new long[1 + i % 9] };
            for (int k = 0; k < live[i].Values.Length; k++)
                live[i].Values[k] = (long)i * 1000 + k;
        }
        long sum = 0;
        for (int r = 0; r < s_rounds; r++)
            sum += MakeCycles(live, r);
        if (sum <= 0)
            return 1;
        for (int i = 0; i < live.Length; i++)
        {
            Survivor s = live[i];
            if (s.Id != i)
                return 2;
            if (s.Scratch != null)
                return 3;
            if (s.Values.Length != 1 + i % 9)
                return 4;
            for (int k = 0; k < s.Values.Length; k++)
            {
                if (s.Values[k] != (long)i * 1000 + k)
                    return 5;
            }
        }
        long baseline = GC.GetTotalMemory(true);
        MakeBigRing(live);
        long withRing = GC.GetTotalMemory(true);
        if (withRing - baseline < 32L << 20)
            return 6;
        if (RingLength() != 65)
            return 7;
        DropRing();
        long after = GC.GetTotalMemory(true);
        if (after > withRing - (16L << 20))
            return 8;
        for (int i = 0; i < live.Length; i++)
        {
            if (live[i].Id != i || live[i].Values[live[i].Values.Length - 1] != (long)i * 1000 + live[i].Values.Length - 1)
                return 9;
        }
        return 100;
    }
}
