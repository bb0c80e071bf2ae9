// Checks allocating arrays with negative length (int and long length) raises OverflowException, in several element types; valid sizes work; expects 50 + count.
using System;
struct Big { public long A, B, C; }
class P {
    static int neg = -1; static long lneg = -5;
    static int Main() {
        int r = 0;
        try { var a = new int[neg]; r += 100; } catch (OverflowException) { r += 1; }
        try { var a = new object[neg * 3]; r += 100; } catch (OverflowException) { r += 2; }
        try { var a = new Big[lneg]; r += 100; } catch (OverflowException) { r += 4; }
        try { var a = new byte[neg + 1]; r += a.Length + 8; } catch (OverflowException) { r += 100; }
        try { var a = new long[neg]; r += 100; } catch (Exception e) { if (e is OverflowException) r += 16; }
        return 50 + r;
    }
}
