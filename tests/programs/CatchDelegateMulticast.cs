// (original C13Delegate, PASS-WITH-STUBS 73 due to multicast delegate) Checks exceptions thrown from delegates: static method, instance method, lambda with captures, and a multicast chain stopping at the thrower; expects checksum.
using System;
class DEx : Exception { public int K; public DEx(int k) : base() { K = k; } }
class Holder { public int V; public int Inst(int x) { if (x > V) throw new DEx(V); return x + V; } }
class P {
    static int calls;
    static int Stat(int x) { if (x == 3) throw new DEx(30); return x; }
    static void A() { calls = calls * 10 + 1; }
    static void B() { calls = calls * 10 + 2; throw new DEx(calls); }
    static void C() { calls = calls * 10 + 3; }
    static int Main() {
        int captured = 5;
        Func<int, int>[] fs = { Stat, new Holder { V = 2 }.Inst, x => { if (x == captured - 4) throw new DEx(captured); captured++; return x * 3; } };
        long acc = 0;
        for (int i = 0; i < 3; i++)
            for (int x = 0; x < 4; x++) {
                try { acc = acc * 7 + fs[i](x); }
                catch (DEx e) { acc = acc * 11 + e.K; }
            }
        Action m = A; m += B; m += C;
        try { m(); } catch (DEx e) { acc += e.K; }
        // calls must be 12 (C not run)
        return (int)((ulong)(acc + calls * 1000 + captured) % 249) + 3;
    }
}
