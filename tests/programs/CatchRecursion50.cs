// Checks an exception from 50 frames of recursion is caught at a frame in the middle (level 20) via a filter on depth, locals intact; expects sum-based code.
using System;
class LevelEx : Exception { public int Seen; public LevelEx() : base() { } }
class P {
    static int caughtAt = -1;
    static int Rec(int n, int acc) {
        int local = acc + n;
        try {
            if (n == 50) throw new LevelEx();
            return Rec(n + 1, local) + 1;
        }
        catch (LevelEx e) when (n <= 20) {
            if (caughtAt < 0) caughtAt = n;
            e.Seen++;
            return local * 2 + e.Seen;
        }
    }
    static int Main() {
        int r = Rec(0, 0);
        // caught at n=20: local = sum(0..20)=210 -> 421, then +20 returns
        return (r + caughtAt) % 256;
    }
}
