// Checks an exception thrown 5 frames deep is caught by the caller; finally blocks in the intermediate frames run innermost-first; expects trace checksum.
using System;
class DeepEx : Exception { public int Depth; public DeepEx(int d) : base() { Depth = d; } }
class P {
    static long trace;
    static int Rec(int n) {
        try {
            if (n == 0) throw new DeepEx(trace == 0 ? 1 : 2);
            return Rec(n - 1) + 1;
        }
        finally { trace = trace * 10 + n; }
    }
    static int Main() {
        int r = -1;
        try { r = Rec(5); }
        catch (DeepEx e) { trace = trace * 10 + 7; r = e.Depth; }
        // trace should be 0123457
        return (int)(trace % 200) + r;
    }
}
