// Checks a filter whose body contains its own try/catch (an exception thrown and caught while the outer one is being dispatched), returning true/false from that; expects checksum.
using System;
class Outer : Exception { public int K; public Outer(int k) : base() { K = k; } }
class P {
    static long trace; static int[] arr = new int[2];
    static bool Probe(int k) {
        try { trace = trace * 10 + 1; return arr[k] == 0; }
        catch (IndexOutOfRangeException) { trace = trace * 10 + 2; return false; }
    }
    static int Run(int k) {
        try { throw new Outer(k); }
        catch (Outer e) when (Probe(e.K)) { trace = trace * 10 + 3; return 10; }
        catch (Outer e) { trace = trace * 10 + 4; return 20 + e.K; }
    }
    static int Main() {
        int s = 0;
        for (int k = 0; k < 4; k++) s = s * 31 + Run(k);
        return (int)((ulong)(trace + s) % 233) + 9;
    }
}
