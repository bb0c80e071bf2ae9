// Expects an unhandled System.OverflowException from checked long multiplication inside a lambda invoked through a Func passed to a generic fold; returns 100 only if nothing is thrown.
using System;

static class Program
{
    static long s_start = 1;

    static T Fold<T>(T[] items, T seed, Func<T, T, T> f)
    {
        T acc = seed;
        for (int i = 0; i < items.Length; i++) acc = f(acc, items[i]);
        return acc;
    }

    static int Main()
    {
        long[] small = { 2, 3, 4 };
        Func<long, long, long> mul = (a, b) => checked(a * b);
        if (Fold(small, s_start, mul) != 24) return 1;
        long[] big = { 1L << 31, 1L << 31, 1L << 2 };
        long r = Fold(big, s_start, mul);
        return r == 0 ? 100 : 101;
    }
}
