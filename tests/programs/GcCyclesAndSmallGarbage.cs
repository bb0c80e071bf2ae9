// Creates hundreds of millions of bytes of small cyclic garbage (pairs pointing at each other, rings of nodes) while a
// ring kept in a static field survives; the kept ring's links and values must be intact.
using System;

static class Program
{
    sealed class Ring
    {
        public Ring Next;
        public long Value;
        public string Name;
    }

    static Ring s_kept;
    static string[] s_names = { "ring", "loop", "cycle" };
    static int s_rounds = 3_000_000;

    static Ring MakeRing(int size, long seed)
    {
        Ring first = new Ring { Value = seed, Name = s_names[seed % 3] };
        Ring last = first;
        for (int i = 1; i < size; i++)
        {
            last.Next = new Ring { Value = seed + i };
            last = last.Next;
        }
        last.Next = first;
        return first;
    }

    static int Main()
    {
        s_kept = MakeRing(500, 1000);
        long sum = 0;
        for (int r = 0; r < s_rounds; r++)
        {
            Ring garbage = MakeRing(r % 7 + 2, r);
            sum += garbage.Next.Value;
        }
        if (sum == 0)
            return 1;
        Ring n = s_kept;
        for (int i = 0; i < 500; i++, n = n.Next)
        {
            if (n.Value != 1000 + i)
                return 2;
        }
        if (n != s_kept || s_kept.Name != "loop")
            return 3;
        return 100;
    }
}
