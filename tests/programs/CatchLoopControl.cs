// Checks catch inside loops with continue, break and return from within the catch block, and nested loops with try around the inner loop; expects checksum.
using System;
class StopEx : Exception { public int At; public StopEx(int a) : base() { At = a; } }
class P {
    static int[] data = { 3, 0, 5, 0, 7, -1, 9, 11 };
    static int Check(int v) { if (v == 0) throw new DivideByZeroException(); if (v < 0) throw new StopEx(v); return 100 / v; }
    static int Scan() {
        int acc = 0;
        for (int i = 0; i < data.Length; i++) {
            try { acc = acc * 3 + Check(data[i]); }
            catch (DivideByZeroException) { acc += 1000; continue; }
            catch (StopEx e) { acc += e.At * 7; break; }
            acc += i;
        }
        return acc;
    }
    static int FindFirstBad() {
        for (int i = 0; i < data.Length; i++) {
            try { Check(data[i]); }
            catch (Exception) { return i * 10 + 1; }
        }
        return -1;
    }
    static int Main() {
        int total = 0;
        for (int outer = 0; outer < 3; outer++) {
            try {
                for (int j = 0; ; j++) { total += Check(data[(outer * 2 + j) % data.Length]); if (j > 5) break; }
            }
            catch (DivideByZeroException) { total += 17 * (outer + 1); }
            catch (StopEx) { total += 19; }
        }
        return (int)((uint)(Scan() * 31 + FindFirstBad() + total) % 241) + 9;
    }
}
