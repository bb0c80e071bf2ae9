// Checks nested try/catch in one method: inner non-matching passes to outer, inner matching stops it, three levels; expects trace checksum.
using System;
class P {
    static long trace; static int zero;
    static void T(int x) { trace = trace * 10 + x; }
    static int Run(int k) {
        int r = 0;
        try {
            T(1);
            try {
                T(2);
                try {
                    T(3);
                    if (k == 0) throw new FormatException();
                    if (k == 1) throw new ArgumentException();
                    if (k == 2) r = 5 / zero;
                    if (k == 3) throw new NotSupportedException();
                    T(4);
                }
                catch (FormatException) { T(5); r += 10; }
                T(6);
            }
            catch (ArgumentException) { T(7); r += 20; }
            catch (DivideByZeroException) { T(8); r += 30; }
            T(9);
        }
        catch (Exception) { T(1); r += 40; }
        return r;
    }
    static int Main() {
        int s = 0;
        for (int k = 0; k < 5; k++) s = s * 5 + Run(k);
        return (int)(((ulong)trace + (ulong)s) % 247) + 2;
    }
}
