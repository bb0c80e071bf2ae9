// Checks Delegate.Combine of three and more delegates: explicit Combine calls and + between delegates, combining two multicast delegates, invocation order and the last result of a Func chain, subtracting a two-element sub-chain, and combining with null.
using System;

static class Program
{
    static string s_log = "";
    static int s_n = 3;
    static void P(int x) => s_log = s_log + "p";
    static void Q(int x) => s_log = s_log + "q";
    static void R(int x) => s_log = s_log + "r";

    static int Main()
    {
        Action<int> p = P, q = Q, r = R;
        var pqr = (Action<int>)Delegate.Combine(Delegate.Combine(p, q), r);
        pqr(0);
        if (s_log != "pqr") return 1;
        s_log = "";
        var all = pqr + pqr;
        all(0);
        if (s_log != "pqrpqr") return 2;
        s_log = "";
        var five = p + q + r + q + p;
        five(0);
        if (s_log != "pqrqp") return 3;
        s_log = "";
        var minus = five - (q + r);
        minus(0);
        if (s_log != "pqp") return 4;
        s_log = "";
        var withNull = (Action<int>)Delegate.Combine(null, pqr);
        withNull = withNull + null;
        withNull(0);
        if (s_log != "pqr") return 5;

        int count = 0;
        Func<int, int> f = x => { count++; return x + 1; };
        Func<int, int> g = x => { count++; return x * 10; };
        Func<int, int> h = x => { count++; return x - 100; };
        var chain = f + g + h;
        if (chain(s_n) != s_n - 100 || count != 3) return 6;
        var chain2 = h + f + g;
        if (chain2(s_n) != s_n * 10 || count != 6) return 7;

        int total = 0;
        Action<int> acc = null;
        for (int i = 1; i <= 6; i++)
        {
            int w = i;
            acc += v => total += v * w;
        }
        acc(2);
        if (total != 42) return 8;
        return 100;
    }
}
