// Many short-lived objects with finalizers: each finalizer runs once (checked by a count and a sum at the end,
// after a collection and GC.WaitForPendingFinalizers), and the heap does not keep the finalized ones.
using System;
using System.Runtime.CompilerServices;

static class Program
{
    static long s_count;
    static long s_sum;
    static int s_rounds = 200_000;

    sealed class Tracked
    {
        readonly long _id;
        readonly byte[] _payload;
        public Tracked(long id) { _id = id; _payload = new byte[64]; _payload[0] = (byte)id; }
        ~Tracked() { s_count++; s_sum += _id + _payload[0] - (byte)_id; }
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    static void Churn()
    {
        for (int i = 0; i < s_rounds; i++)
            new Tracked(i);
    }

    static int Main()
    {
        Churn();
        GC.Collect();
        GC.WaitForPendingFinalizers();
        GC.Collect();
        GC.WaitForPendingFinalizers();
        if (s_count != s_rounds)
            return 1;
        if (s_sum != (long)s_rounds * (s_rounds - 1) / 2)
            return 2;
        if (GC.GetTotalMemory(true) > 64L << 20)
            return 3;
        return 100;
    }
}
