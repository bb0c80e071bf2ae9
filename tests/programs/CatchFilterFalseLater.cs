// Checks filters returning false fall through to a later typed clause, a later filter, or an untyped catch, and that filters see exception fields; expects checksum.
using System;
class REx : Exception { public int V; public REx(int v) : base() { V = v; } }
class P {
    static int evals;
    static bool Even(int v) { evals++; return (v & 1) == 0; }
    static int Classify(int v) {
        try {
            if (v < 0) throw new ArgumentException();
            throw new REx(v);
        }
        catch (REx e) when (Even(e.V)) { return 1; }
        catch (REx e) when (e.V > 10) { return 2; }
        catch (ArgumentException) when (v < -5) { return 3; }
        catch (Exception e) when (e is REx) { return 4; }
        catch { return 5; }
    }
    static int Main() {
        int[] vs = { 2, 3, 11, 12, -1, -9, 7 };
        long acc = 0;
        for (int i = 0; i < vs.Length; i++) acc = acc * 6 + Classify(vs[i]);
        return (int)((ulong)(acc * 13 + evals) % 233) + 11;
    }
}
