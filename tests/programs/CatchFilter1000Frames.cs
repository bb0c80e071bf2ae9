// Checks an exception from 1000 recursion frames, each with a false filter (counted, in inner-to-outer order), caught by a true filter at depth 0; no finally involved; expects 1000-based code.
using System;
class DEx : Exception { public int Last = -1; public int Order = 1; public DEx() : base() { } }
class P {
    static int evals;
    static bool Look(DEx e, int n) { evals++; if (e.Last != -1 && n != e.Last - 1) e.Order = 0; e.Last = n; return n == 0; }
    static int Rec(int n) {
        try {
            if (n == 1000) throw new DEx();
            return Rec(n + 1) + 1;
        }
        catch (DEx e) when (Look(e, n)) { return e.Order * 100 + e.Last; }
    }
    static int Main() {
        int r = Rec(0);
        return r + evals / 20; // 100 + 0 + 1000/20 = 150
    }
}
