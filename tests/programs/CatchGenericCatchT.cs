// Checks `catch (T)` in generic methods where T: Exception, for exact T, base T, and non-matching T propagating to the caller; expects checksum.
using System;
class GEx : Exception { public int K; public GEx(int k) : base() { K = k; } }
class SubEx : GEx { public SubEx(int k) : base(k) { } }
class P {
    static int Try<T>(Action a, int val) where T : Exception {
        try { a(); return 0; }
        catch (T e) { return val + (e is SubEx ? 100 : 0); }
    }
    static int Outer<T, U>(Action a) where T : Exception where U : Exception {
        try { return Try<T>(a, 1); }
        catch (U) { return 2; }
    }
    static int Main() {
        Action sub = () => throw new SubEx(1), g = () => throw new GEx(2), io = () => throw new InvalidOperationException(), none = () => { };
        long acc = 0;
        acc = acc * 7 + Try<SubEx>(sub, 3);
        acc = acc * 7 + Try<GEx>(sub, 4);
        acc = acc * 7 + Try<Exception>(g, 5);
        acc = acc * 7 + Try<GEx>(none, 6);
        acc = acc * 7 + Outer<SubEx, GEx>(g);
        acc = acc * 7 + Outer<ArgumentException, Exception>(io);
        acc = acc * 7 + Outer<InvalidOperationException, Exception>(io);
        try { Outer<SubEx, ArgumentException>(g); acc += 999; } catch (GEx e) { acc = acc * 7 + e.K * 11; }
        return (int)((ulong)acc % 239) + 3;
    }
}
