// Checks exception objects created ahead of time, stored in an array, thrown later from different methods (and re-thrown twice), keep identity and fields; expects checksum.
using System;
class KEx : Exception { public int Id; public int Thrown; public KEx(int i) : base() { Id = i; } }
class P {
    static Exception[] pool = { new KEx(1), new ArgumentException(), new KEx(3), new FormatException() };
    static void Fire(int i) { if (pool[i] is KEx k) k.Thrown++; throw pool[i]; }
    static int Main() {
        long acc = 0;
        for (int round = 0; round < 2; round++)
            for (int i = 0; i < pool.Length; i++) {
                try { Fire(i); }
                catch (KEx k) { acc = acc * 7 + (k == pool[i] ? k.Id * 10 + k.Thrown : 99); }
                catch (Exception e) { acc = acc * 7 + (e == pool[i] ? i + 1 : 98); }
            }
        return (int)((ulong)acc % 250) + 3;
    }
}
