// A managed pointer into an array (a ref local, a span) is the only thing that keeps the array alive while
// collections run; writes through it must land in the same array, and reads must see them.
using System;
using System.Runtime.CompilerServices;

static class Program
{
    static int s_size = 4096;

    [MethodImpl(MethodImplOptions.NoInlining)]
    static ref int Middle(int seed)
    {
        int[] a = new int[s_size];
        for (int i = 0; i < a.Length; i++)
            a[i] = seed + i;
        return ref a[a.Length / 2];
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    static Span<long> Slice()
    {
        long[] a = new long[s_size];
        for (int i = 0; i < a.Length; i++)
            a[i] = i * 3L;
        return a.AsSpan(100, 50);
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    static long Churn(int rounds)
    {
        long total = 0;
        for (int r = 0; r < rounds; r++)
        {
            int[] g = new int[1000 + r % 3000];
            g[0] = r;
            total += g.Length + g[0];
        }
        return total;
    }

    static int Main()
    {
        ref int m = ref Middle(7);
        Span<long> span = Slice();
        long churned = Churn(200_000);
        if (churned <= 0)
            return 1;
        if (m != 7 + s_size / 2)
            return 2;
        m = 12345;
        Unsafe.Add(ref m, 1) = 777;
        churned += Churn(100_000);
        if (m != 12345 || Unsafe.Add(ref m, 1) != 777 || Unsafe.Add(ref m, -1) != 7 + s_size / 2 - 1)
            return 3;
        for (int i = 0; i < span.Length; i++)
        {
            if (span[i] != (100 + i) * 3L)
                return 4;
        }
        span[10] = -1;
        churned += Churn(100_000);
        if (span[10] != -1 || span[11] != 111 * 3L)
            return 5;
        return churned > 0 ? 100 : 6;
    }
}
