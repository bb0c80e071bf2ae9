// Checks an exception unwinds 1000 recursion frames each with a non-matching catch and a finally (counting), caught at Main; expects 1000 finallies -> code 200.
using System;
class Deep : Exception { public Deep() : base() { } }
class P {
    static int fin; static int wrong; static long order;
    static void Rec(int n) {
        try {
            try {
                if (n == 1000) throw new Deep();
                Rec(n + 1);
            }
            catch (FormatException) { wrong++; }
            catch (ArgumentException) { wrong++; }
        }
        finally { fin++; order = order * 3 + (n & 1); }
    }
    static int Main() {
        try { Rec(1); wrong += 100; }
        catch (Deep) { fin += 0; }
        if (wrong != 0) return 1;
        // fin counts 1000 frames
        return (fin / 5) + (int)((ulong)order % 3) * 0 + (fin == 1000 ? 0 : 50);
    }
}
