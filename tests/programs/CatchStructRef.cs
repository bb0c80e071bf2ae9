// Checks struct methods that modify `this` and ref locals before throwing: the modifications are visible in the handler (locals keep values); expects checksum.
using System;
struct Counter {
    public int N; public long Sum;
    public void Step(int v) { N++; Sum += v; if (v % 4 == 3) throw new InvalidOperationException(); Sum *= 2; }
}
class P {
    static void Bump(ref int x, ref Counter c, int k) { x += 10; c.N += 100; if (k == 1) throw new ArgumentException(); x += 1; }
    static int Main() {
        Counter c = new Counter();
        Counter[] arr = new Counter[2];
        int errs = 0;
        for (int v = 0; v < 8; v++) {
            try { c.Step(v); } catch (InvalidOperationException) { errs++; c.Sum += 1000; }
            ref Counter r = ref arr[v & 1];
            try { r.Step(v + 1); } catch (InvalidOperationException) { r.N += 50; }
        }
        int x = 1;
        for (int k = 0; k < 3; k++) {
            try { Bump(ref x, ref c, k); } catch (ArgumentException) { x *= 3; }
        }
        long h = c.N * 7 + c.Sum + arr[0].Sum * 3 + arr[1].Sum * 5 + arr[0].N + arr[1].N * 11 + x * 13 + errs;
        return (int)((ulong)h % 251) + 1;
    }
}
