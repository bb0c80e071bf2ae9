// Checks `throw;` rethrows the same exception object (reference identity with a static saved earlier) through 3 catch levels, state mutations accumulate; expects 77+bits.
using System;
class StEx : Exception { public int Hops; public StEx() : base() { } }
class P {
    static Exception saved; static int bad;
    static void L3() { var e = new StEx(); saved = e; throw e; }
    static void L2() { try { L3(); } catch (StEx e) { if (!ReferenceEquals(e, saved)) bad |= 1; e.Hops += 1; throw; } }
    static void L1() {
        try { L2(); }
        catch (Exception e) when (e is StEx) { if ((object)e != saved) bad |= 2; ((StEx)e).Hops += 10; throw; }
    }
    static int Main() {
        int hops = 0;
        try { L1(); }
        catch { hops = -1; }
        try { try { L1(); } catch (StEx e) { hops = e.Hops; if (e != saved) bad |= 4; throw; } }
        catch (Exception e2) { if (e2 != saved) bad |= 8; hops += ((StEx)e2).Hops * 100; }
        return 77 + bad + (hops == 1111 ? 0 : 64);
    }
}
