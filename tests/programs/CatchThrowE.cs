// Checks `throw e;` from a catch rethrows the same object (identity kept), and that a catch variable reassigned to another exception throws that one; expects checksum.
using System;
class AEx : Exception { public int N; public AEx(int n) : base() { N = n; } }
class P {
    static AEx first, second; static long trace;
    static void Inner(int k) {
        try { first = new AEx(k); throw first; }
        catch (AEx e) {
            trace = trace * 10 + 1;
            if (k == 1) { second = new AEx(k + 50); e = second; }
            e.N += 3;
            throw e;
        }
    }
    static int Main() {
        int r = 0;
        for (int k = 0; k < 3; k++) {
            try { Inner(k); }
            catch (AEx e) {
                trace = trace * 10 + 2;
                if (k == 1) { if (e == second && e != first) r += 40; }
                else if (e == first) r += 20;
                r += e.N;
            }
        }
        return (int)((r * 7 + trace) % 250) + 1;
    }
}
