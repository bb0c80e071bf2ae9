// Checks recursion through delegates stored in static fields and a Y-combinator: a static Func field that calls itself (factorial over long, Ackermann-like), a field reassigned to wrap the old value (memoizing decorator), and a fixed-point combinator built from Func<Func<int, int>, Func<int, int>>.
using System;

static class Program
{
    static Func<int, long> s_fact;
    static Func<int, int, int> s_gcd;
    static Func<int, int> s_fib;
    static int s_fibCalls;
    static int s_n = 20;

    delegate Func<int, int> SelfApply(SelfApply self);

    static Func<int, int> Y(Func<Func<int, int>, Func<int, int>> f)
    {
        SelfApply g = self => x => f(self(self))(x);
        return g(g);
    }

    static Func<int, int> Memo(Func<int, int> inner, int size)
    {
        int[] cache = new int[size];
        bool[] known = new bool[size];
        return n =>
        {
            if (n < size && known[n]) return cache[n];
            int r = inner(n);
            if (n < size) { cache[n] = r; known[n] = true; }
            return r;
        };
    }

    static int Main()
    {
        s_fact = n => n <= 1 ? 1 : n * s_fact(n - 1);
        if (s_fact(s_n) != 2432902008176640000L) return 1;
        s_gcd = (a, b) => b == 0 ? a : s_gcd(b, a % b);
        if (s_gcd(s_n * 63, 84) != 84 || s_gcd(17, s_n) != 1) return 2;

        s_fib = n => { s_fibCalls++; return n < 2 ? n : s_fib(n - 1) + s_fib(n - 2); };
        if (s_fib(15) != 610) return 3;
        int plainCalls = s_fibCalls;
        if (plainCalls != 1973) return 4;
        // Memoize: the recursive calls go through the field, which now holds the memoizing wrapper.
        s_fib = Memo(s_fib, 64);
        s_fibCalls = 0;
        if (s_fib(s_n + 10) != 832040) return 5;
        if (s_fibCalls != 31) return 6;
        s_fibCalls = 0;
        if (s_fib(s_n) != 6765 || s_fibCalls != 0) return 7;

        var fact = Y(self => n => n <= 1 ? 1 : n * self(n - 1));
        if (fact(10) != 3628800) return 8;
        var sumDigits = Y(self => n => n < 10 ? n : n % 10 + self(n / 10));
        if (sumDigits(987654321) != 45) return 9;
        var collatz = Y(self => n => n == 1 ? 0 : 1 + self(n % 2 == 0 ? n / 2 : 3 * n + 1));
        if (collatz(27) != 111) return 10;
        return 100;
    }
}
