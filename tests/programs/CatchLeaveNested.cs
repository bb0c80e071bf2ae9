// Checks leaving several nested try/catch/finally levels at once from an inner catch (break out of two loops via goto, return through finallies), finallies run in order; expects checksum.
using System;
class P {
    static long trace;
    static void T(int s) { trace = trace * 10 + s; }
    static int Search(int target) {
        for (int i = 0; i < 5; i++) {
            try {
                for (int j = 0; j < 5; j++) {
                    try {
                        try { if (i * 5 + j == target) throw new ArgumentException(); }
                        catch (ArgumentException) { T(1); goto found; }
                        finally { if (i * 5 + j == target) T(2); }
                    }
                    finally { if (i * 5 + j == target) T(3); }
                }
            }
            finally { if (i == target / 5) T(4); }
        }
        return -1;
    found:
        T(5);
        return target;
    }
    static int Ret() {
        try { try { throw new FormatException(); } catch (FormatException) { T(6); return 40; } finally { T(7); } }
        finally { T(8); }
    }
    static int Main() {
        int r = Search(13) + Ret();
        return (int)((trace + r) % 251); // trace 12345678
    }
}
