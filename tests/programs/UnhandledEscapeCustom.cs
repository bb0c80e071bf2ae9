// Checks a custom exception escapes Main through frames whose catch clauses do not match and whose finallies run; expects unhandled EscapeEx (checks before it return 1..n on failure).
using System;
class EscapeEx : Exception { public int V; public EscapeEx(int v) : base() { V = v; } }
class P {
    static int fin;
    static void Deep(int n) {
        try {
            try { if (n == 0) throw new EscapeEx(fin); Deep(n - 1); }
            catch (ArgumentException) { fin += 1000; }
            catch (InvalidOperationException) { fin += 1000; }
        }
        finally { fin++; }
    }
    static int Main() {
        try { Deep(3); } catch (EscapeEx e) { if (fin != 4 || e.V != 0) return 1; }
        fin = 0;
        Deep(5);
        return 2;
    }
}
