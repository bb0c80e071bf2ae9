// Checks currying to depth three: Func<int, Func<int, Func<int, int>>> applied fully and partially, partially applied functions reused with different later arguments, curried functions over long and double, an uncurry helper, and a curried function returned from a method that captures its parameter.
using System;

static class Program
{
    static int s_a = 2, s_b = 3, s_c = 4;
    static long s_big = 1L << 33;

    static Func<int, Func<int, Func<int, int>>> Curry(Func<int, int, int, int> f) => a => b => c => f(a, b, c);
    static Func<int, int, int, int> Uncurry(Func<int, Func<int, Func<int, int>>> f) => (a, b, c) => f(a)(b)(c);

    static Func<long, Func<long, Func<long, long>>> MakeAffine(long offset) => m => x => y => m * x + y + offset;

    static int Main()
    {
        int a = s_a, b = s_b, c = s_c;
        Func<int, Func<int, Func<int, int>>> f = x => y => z => x * 100 + y * 10 + z;
        if (f(a)(b)(c) != 234) return 1;
        Func<int, Func<int, int>> fa = f(a);
        Func<int, int> fab = fa(b);
        Func<int, int> fac = fa(c);
        if (fab(1) != 231 || fab(9) != 239) return 2;
        if (fac(0) != 240) return 3;
        if (f(c)(a)(b) != 423) return 4;

        var g = Curry((x, y, z) => x - y * z);
        if (g(a)(b)(c) != 2 - 12) return 5;
        var h = Uncurry(g);
        if (h(10, a, b) != 4) return 6;

        var aff = MakeAffine(s_big);
        var aff3 = aff(3);
        if (aff3(s_big)(1) != 3 * s_big + 1 + s_big) return 7;
        if (aff(-1)(5)(5) != s_big) return 8;

        Func<double, Func<double, Func<double, double>>> lerp = lo => hi => t => lo + (hi - lo) * t;
        var unit = lerp(1.0)(3.0);
        if (unit(0.5) != 2.0 || unit(0.25) != 1.5) return 9;

        // Counting calls through the levels: each level runs once per application.
        int calls = 0;
        Func<int, Func<int, Func<int, int>>> counted = x => { calls++; return y => { calls += 10; return z => { calls += 100; return x + y + z; }; }; };
        var c1 = counted(1);
        var c2 = c1(2);
        int r = c2(3) + c2(4) + c1(0)(0);
        if (r != 6 + 7 + 1 || calls != 1 + 20 + 300) return 10;
        return 100;
    }
}
