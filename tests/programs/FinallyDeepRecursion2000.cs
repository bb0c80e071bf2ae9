// Checks 2000-deep recursion where every frame has try/finally and every 10th has a using; exception from the bottom caught at top; expects 173
using System;
class R : IDisposable { public static int n; public void Dispose() { n++; } }
class Bottom : Exception { public Bottom() : base() { } }
class P {
  static int fins; static long h;
  static int Rec(int d) {
    try {
      if (d == 2000) throw new Bottom();
      if (d % 10 == 0) { using (new R()) { return Rec(d + 1) + 1; } }
      return Rec(d + 1) + 1;
    } finally { fins++; h = (h * 7 + d) % 1000000007; }
  }
  static int Main() {
    int r = -1;
    try { r = Rec(0); } catch (Bottom) { r = 3; }
    long e = 0; for (int d = 2000; d >= 0; d--) e = (e * 7 + d) % 1000000007;
    if (fins != 2001) return 1;
    if (R.n != 200) return 2;
    if (h != e) return 4;
    return 170 + r; // 173
  }
}
