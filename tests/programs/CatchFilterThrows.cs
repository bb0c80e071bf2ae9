// Checks a filter that throws (null deref, explicit throw, div by zero) is treated as false and its exception swallowed; the next clause/outer handler gets the original; expects checksum.
using System;
class Orig : Exception { public int Id; public Orig(int i) : base() { Id = i; } }
class Node { public int Val; }
class P {
    static Node nul = null; static int zero = 0; static long trace;
    static bool Bad(int k) {
        trace = trace * 10 + k;
        if (k == 1) return nul.Val > 0;
        if (k == 2) throw new InvalidOperationException();
        if (k == 3) return 5 / zero > 0;
        return true;
    }
    static int Run(int k) {
        try {
            try { throw new Orig(k * 11); }
            catch (Orig e) when (Bad(k)) { trace = trace * 10 + 8; return 100 + e.Id; }
            catch (Orig e) when (e.Id == 22) { trace = trace * 10 + 7; return 200 + e.Id; }
        }
        catch (InvalidOperationException) { trace = trace * 10 + 6; return 999; }
        catch (NullReferenceException) { trace = trace * 10 + 5; return 998; }
        catch (Orig e) { trace = trace * 10 + 4; return 300 + e.Id; }
    }
    static int Main() {
        long acc = 0;
        for (int k = 1; k <= 4; k++) acc = acc * 1000 + Run(k);
        return (int)((ulong)(acc + trace) % 239) + 5;
    }
}
