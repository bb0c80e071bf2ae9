// Checks `throw;` at every level of a 6-frame chain: each catch observes the same object and increments a counter, with a filter counting evaluations; expects 6 hops, identity kept.
using System;
class HopEx : Exception { public int Hops; public HopEx() : base() { } }
class P {
    static HopEx origin; static int filterCalls; static int bad;
    static bool Count(HopEx e) { filterCalls++; if (e != origin) bad |= 1; return true; }
    static void Chain(int n) {
        if (n == 0) { origin = new HopEx(); throw origin; }
        try { Chain(n - 1); }
        catch (HopEx e) when (Count(e)) { e.Hops++; if (e != origin) bad |= 2; throw; }
    }
    static int Main() {
        int hops = 0;
        try { Chain(6); }
        catch (HopEx e) { hops = e.Hops; if (e != origin) bad |= 4; }
        return 100 + hops * 10 + filterCalls + bad * 1000 % 97; // 100+60+6
    }
}
