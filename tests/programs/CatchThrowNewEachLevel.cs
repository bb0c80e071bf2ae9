// Checks 500 frames where every level catches the exception from below and throws a new one with depth+1 (500 nested dispatches), top sees the final count; expects checksum.
using System;
class LvlEx : Exception { public int N; public long H; public LvlEx(int n, long h) : base() { N = n; H = h; } }
class P {
    static void Rec(int n) {
        if (n == 500) throw new LvlEx(0, 1);
        try { Rec(n + 1); }
        catch (LvlEx e) { throw new LvlEx(e.N + 1, e.H * 31 + n); }
    }
    static int Main() {
        try { Rec(0); }
        catch (LvlEx e) { return (int)((ulong)(e.H + e.N) % 229) + 20; }
        return 1;
    }
}
