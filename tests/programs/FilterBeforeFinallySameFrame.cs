// Checks two-pass order WITHIN one method: outer filter runs before the inner finally (CoreCLR: trace 213 -> 213). Known WasmR2R deviation expected: 123.
using System;
class P {
    static long trace;
    static void T(int s) { trace = trace * 10 + s; }
    static bool F(int s) { T(s); return true; }
    static int Main() {
        try {
            try { throw new InvalidOperationException(); }
            finally { T(1); }
        }
        catch (InvalidOperationException) when (F(2)) { T(3); }
        return (int)(trace % 256);
    }
}
