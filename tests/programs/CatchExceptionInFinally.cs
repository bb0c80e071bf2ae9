// Checks an exception thrown from a finally while another is propagating replaces it (the original is lost), caught by the outer handler; and one thrown in catch replacing; expects checksum.
using System;
class First : Exception { public First() : base() { } }
class Second : Exception { public int V; public Second(int v) : base() { V = v; } }
class P {
    static long trace;
    static void T(int s) { trace = trace * 10 + s; }
    static void F1() { try { T(1); throw new First(); } finally { T(2); throw new Second(5); } }
    static void F2() {
        try { try { throw new First(); } catch (First) { T(3); throw new Second(6); } finally { T(4); } }
        catch (First) { T(9); }
    }
    static int Main() {
        int sum = 0;
        try { F1(); } catch (First) { T(9); } catch (Second s) { T(5); sum += s.V; }
        try { F2(); } catch (Second s) { T(6); sum += s.V * 10; }
        return (int)((trace + sum) % 251); // 123456 + 65
    }
}
