// Checks two-pass order ACROSS frames: the caller's filter runs before the callee's finally, then the finally, then the handler (CoreCLR: trace 2134 -> code).
using System;
class P {
    static long trace;
    static void T(int s) { trace = trace * 10 + s; }
    static bool F(int s) { T(s); return true; }
    static void Callee() {
        try { throw new InvalidOperationException(); }
        finally { T(1); }
    }
    static void Mid() {
        try { Callee(); }
        finally { T(3); }
    }
    static int Main() {
        try { Mid(); }
        catch (InvalidOperationException) when (F(2)) { T(4); }
        return (int)(trace % 256); // 2134 % 256 = 86
    }
}
