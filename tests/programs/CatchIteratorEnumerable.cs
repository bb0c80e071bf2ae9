// (original C61IteratorThrow, FAIL: iterator needs Thread::GetCurrentThread) Checks exceptions thrown from iterator (yield) bodies propagate out of MoveNext through foreach (with try/finally inside the iterator), caught by the consumer; expects checksum.
using System;
using System.Collections.Generic;
class StopAt : Exception { public int At; public StopAt(int a) : base() { At = a; } }
class P {
    static long trace;
    static IEnumerable<int> Gen(int limit) {
        try {
            for (int i = 0; ; i++) {
                if (i == limit) throw new StopAt(i);
                yield return i * i;
            }
        }
        finally { trace = trace * 10 + 9; }
    }
    static int Main() {
        long acc = 0;
        for (int lim = 1; lim < 4; lim++) {
            try { foreach (int v in Gen(lim)) acc = acc * 7 + v; }
            catch (StopAt s) { acc = acc * 11 + s.At; trace = trace * 10 + s.At; }
        }
        return (int)((ulong)(acc + trace) % 251) + 1;
    }
}
