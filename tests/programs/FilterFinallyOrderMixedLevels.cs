// Checks filter vs finally order when a false filter and a true filter sit at different levels with finallies in between, same frame and across frames (CoreCLR two-pass).
using System;
class P {
    static long trace;
    static void T(int s) { trace = trace * 10 + s; }
    static bool F(int s, bool r) { T(s); return r; }
    static void Callee() {
        try {
            try { throw new FormatException(); }
            catch (FormatException) when (F(1, false)) { T(9); }
            finally { T(2); }
        }
        catch (Exception) when (F(3, false)) { T(9); }
        finally { T(4); }
    }
    static int Main() {
        try {
            try { Callee(); }
            finally { T(5); }
        }
        catch (FormatException) when (F(6, true)) { T(7); }
        // CoreCLR: filters 1,3,6 in pass one, then finallies 2,4,5, then handler 7 => 1362457
        return (int)(trace % 251);
    }
}
