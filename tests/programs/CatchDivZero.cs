// Checks DivideByZeroException for int/long/uint div and rem with zero from a static, and OverflowException for int.MinValue / -1 and % -1; expects checksum.
using System;
class P {
    static int zi; static long zl; static uint zu; static int m1 = -1; static long lm1 = -1;
    static int Op(int k) {
        switch (k) {
            case 0: return 7 / zi;
            case 1: return 7 % zi;
            case 2: return (int)(7L / zl);
            case 3: return (int)(7L % zl);
            case 4: return (int)(7u / zu);
            case 5: return int.MinValue / m1;
            case 6: return (int)(long.MinValue / lm1);
            case 7: return int.MinValue % m1;
            case 8: return 9 / (zi + 2);
        }
        return 0;
    }
    static int Main() {
        long acc = 0;
        for (int k = 0; k < 9; k++) {
            try { acc = acc * 7 + Op(k); }
            catch (DivideByZeroException) { acc = acc * 11 + 1; }
            catch (OverflowException) { acc = acc * 13 + 2; }
            catch (ArithmeticException) { acc = acc * 17 + 3; }
        }
        return (int)((ulong)acc % 243) + 5;
    }
}
