// Checks exception objects carry state: fields set before throw, mutated in several catch blocks across frames (with rethrow), read after the try; expects checksum.
using System;
class Rec : Exception {
    public int A; public long B; public int[] Path = new int[8]; public int Len;
    public Rec(int a) : base() { A = a; }
    public void Mark(int p) { Path[Len++] = p; }
}
class P {
    static Rec kept;
    static void Lv(int n) {
        try {
            if (n == 0) { var r = new Rec(5); r.B = 1L << 33; r.Mark(9); throw r; }
            Lv(n - 1);
        }
        catch (Rec r) { r.Mark(n); r.A = r.A * 2 + n; if (n < 3) throw; kept = r; }
    }
    static int Main() {
        Lv(4);
        Rec x = kept;
        long h = x.A + (x.B >> 30) + x.Len * 100;
        for (int i = 0; i < x.Len; i++) h = h * 10 + x.Path[i];
        return (int)((ulong)h % 247) + 2;
    }
}
