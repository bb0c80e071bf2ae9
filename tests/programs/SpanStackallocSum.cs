// Checks stackalloc into Span<int>: zero-initialized memory, a buffer sized at run time in a helper called in a loop (each call gets a fresh zeroed buffer), prefix sums in place, and a sieve of Eratosthenes over a Span<bool>.
using System;

static class Program
{
    static int s_n = 50;

    static int SumOfSquares(int n)
    {
        Span<int> buf = stackalloc int[n];
        int zeros = 0;
        for (int i = 0; i < buf.Length; i++) if (buf[i] == 0) zeros++;
        if (zeros != n) return -1;
        for (int i = 0; i < n; i++) buf[i] = (i + 1) * (i + 1);
        int sum = 0;
        for (int i = 0; i < n; i++) sum += buf[i];
        return sum;
    }

    static int CountPrimes(int limit)
    {
        Span<bool> composite = stackalloc bool[limit + 1];
        int count = 0;
        for (int i = 2; i <= limit; i++)
        {
            if (composite[i]) continue;
            count++;
            for (int j = i * i; j <= limit; j += i) composite[j] = true;
        }
        return count;
    }

    static int Main()
    {
        int total = 0;
        for (int n = 1; n <= 10; n++) total += SumOfSquares(n);
        if (total != 1210) return 1;
        if (SumOfSquares(s_n) != 42925) return 2;
        if (SumOfSquares(0) != 0) return 3;
        Span<int> prefix = stackalloc int[s_n / 5];
        for (int i = 0; i < prefix.Length; i++) prefix[i] = i + 1;
        for (int i = 1; i < prefix.Length; i++) prefix[i] += prefix[i - 1];
        if (prefix[9] != 55 || prefix.Length != 10) return 4;
        if (CountPrimes(s_n * 2) != 25) return 5;
        if (CountPrimes(1000) != 168) return 6;
        Span<int> fixedSize = stackalloc int[16];
        fixedSize[15] = s_n;
        if (fixedSize[14] != 0 || fixedSize[15] != 50) return 7;
        Span<long> init = stackalloc long[] { 1, 2, 1L << 40 };
        if (init.Length != 3 || init[2] != 1L << 40) return 8;
        return 100;
    }
}
