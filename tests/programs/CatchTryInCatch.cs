// Checks try/catch nested inside catch handlers (and inside a filter-selected handler), including an inner exception raised and handled while the outer one is active, then `throw;` rethrowing the OUTER one; expects checksum.
using System;
class OuterEx : Exception { public int K; public OuterEx(int k) : base() { K = k; } }
class InnerEx : Exception { public InnerEx() : base() { } }
class P {
    static long trace; static OuterEx saved; static int zero;
    static void T(int s) { trace = trace * 10 + s; }
    static void Work() {
        try { saved = new OuterEx(4); throw saved; }
        catch (OuterEx o) {
            T(1);
            try { throw new InnerEx(); }
            catch (InnerEx) {
                T(2);
                try { int z = 1 / zero; } catch (DivideByZeroException) { T(3); }
            }
            try { T(o.K); } catch { T(9); }
            throw; // must rethrow the OuterEx, not the InnerEx
        }
    }
    static int Main() {
        int r = 0;
        try { Work(); }
        catch (InnerEx) { r = 50; }
        catch (OuterEx o) when (o == saved) {
            T(5);
            try { try { throw new InnerEx(); } catch (OuterEx) { T(8); } }
            catch (InnerEx) { T(6); }
            r = o.K;
        }
        return (int)(trace % 200) + r; // trace 123456
    }
}
