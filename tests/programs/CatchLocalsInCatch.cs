// Checks many locals (int, long, double, bool, struct, ref) modified in the try before a throw deep in a call keep their latest values in the catch; expects checksum.
using System;
struct Acc { public int C; public long S; }
class P {
    static int zero;
    static void Maybe(int i) { if (i == 6) { int z = i / zero; } }
    static int Main() {
        int a = 1, b = 2; long c = 3; double d = 0.5; bool flag = false; Acc acc = new Acc(); int[] arr = new int[3];
        ref int r = ref arr[1];
        int i = 0;
        try {
            for (i = 0; i < 10; i++) {
                a += i; b *= 2; c = c * 3 + i; d += 1.25; flag = !flag; acc.C++; acc.S += a; r += i;
                Maybe(i);
                a -= 1;
            }
        }
        catch (DivideByZeroException) {
            long h = a * 7 + b * 11 + c + (long)(d * 8) + (flag ? 1000 : 0) + acc.C * 13 + acc.S * 17 + arr[1] * 19 + i * 23;
            return (int)((ulong)h % 251) + 1;
        }
        return 255;
    }
}
