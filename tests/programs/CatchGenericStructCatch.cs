// Checks try/catch inside generic methods/classes instantiated over value types (int, long, custom struct) with constraint-called interface methods that throw; expects checksum.
using System;
interface IVal { int Get(); }
struct Good : IVal { public int V; public int Get() { return V; } }
struct Bad : IVal { public int V; public int Get() { if (V > 2) throw new InvalidOperationException(); return -V; } }
class Calc<T> where T : struct, IVal {
    public int SumSafe(T[] xs) {
        int s = 0;
        for (int i = 0; i < xs.Length; i++) { try { s += xs[i].Get(); } catch (InvalidOperationException) { s += 100; } }
        return s;
    }
}
class P {
    static int Sum<T>(T[] xs, int idx) where T : IVal {
        try { return xs[idx].Get(); } catch (IndexOutOfRangeException) { return 7; }
    }
    static int Main() {
        Good[] g = { new Good { V = 1 }, new Good { V = 5 } };
        Bad[] b = { new Bad { V = 1 }, new Bad { V = 3 }, new Bad { V = 4 } };
        long acc = new Calc<Good>().SumSafe(g) * 1000 + new Calc<Bad>().SumSafe(b);
        acc += Sum(g, 1) * 11 + Sum(g, 9) * 13 + Sum(b, 0) * 17;
        try { acc += Sum(b, 2); } catch (InvalidOperationException) { acc += 3; }
        return (int)((ulong)acc % 247) + 4;
    }
}
