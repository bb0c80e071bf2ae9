// Checks OverflowException from checked int/long/uint add, sub, mul, unary minus and narrowing conversions, while non-overflowing ops succeed; expects checksum.
using System;
class P {
    static int imax = int.MaxValue, imin = int.MinValue, two = 2, one = 1;
    static long lmax = long.MaxValue; static uint uz = 0; static double dbig = 1e20; static long lbig = 1L << 40;
    static int Op(int k) {
        checked {
            switch (k) {
                case 0: return imax + one;
                case 1: return imin - one;
                case 2: return imax * two;
                case 3: return -imin;
                case 4: return (int)(lmax + one);
                case 5: return (int)(uz - 1);
                case 6: return (int)lbig;
                case 7: return (byte)(two * 200);
                case 8: return (int)dbig;
                case 9: return (int)(ulong)(-(long)two);
                case 10: return imax - one;
                case 11: return (short)(two * 100);
            }
            return -5;
        }
    }
    static int Main() {
        long acc = 0;
        for (int k = 0; k < 12; k++) {
            try { acc = acc * 5 + (Op(k) & 0xff); }
            catch (OverflowException) { acc = acc * 3 + k + 1; }
        }
        return (int)((ulong)acc % 247) + 4;
    }
}
