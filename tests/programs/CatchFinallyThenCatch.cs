// Checks (no filters) that finally blocks in callee frames run innermost-first before the caller's catch body, and code after the try in each frame is skipped; expects trace 1234-based code.
using System;
class P {
    static long trace;
    static void T(int s) { trace = trace * 10 + s; }
    static void A() { try { T(1); throw new ArgumentException(); } finally { T(2); } }
    static void B() { try { try { A(); T(9); } finally { T(3); } T(9); } catch (FormatException) { T(8); } }
    static void C() { try { B(); T(9); } finally { T(4); } }
    static int Main() {
        try { C(); T(9); }
        catch (ArgumentException) { T(5); }
        finally { T(6); }
        T(7);
        return (int)(trace % 256); // 1234567 % 256 = 135
    }
}
