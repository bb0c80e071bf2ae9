// Checks a catch variable captured by lambdas (each catch iteration gets its own capture), closure invoked after the handler ends, and exceptions from closures; expects checksum.
using System;
class CEx : Exception { public int N; public CEx(int n) : base() { N = n; } }
class P {
    static int Main() {
        Func<int>[] fs = new Func<int>[4];
        for (int i = 0; i < 4; i++) {
            try { throw new CEx(i * 5 + 1); }
            catch (CEx e) { fs[i] = () => e.N * 2; e.N += 1; }
        }
        long acc = 0;
        for (int i = 0; i < 4; i++) acc = acc * 100 + fs[i]();
        Exception last = null;
        Action thrower = null;
        try { throw new InvalidOperationException(); }
        catch (Exception e) { last = e; thrower = () => { throw e; }; }
        try { thrower(); } catch (InvalidOperationException e2) { if (e2 == last) acc += 7; }
        int counter = 0;
        Func<int, int> f = x => { counter++; if (x > 2) throw new CEx(counter); return x; };
        try { for (int x = 0; ; x++) acc += f(x); } catch (CEx e) { acc += e.N * 1000; }
        return (int)((ulong)acc % 243) + 8;
    }
}
