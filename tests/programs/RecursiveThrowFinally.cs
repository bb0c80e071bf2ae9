// Checks exception thrown at depth 200 unwinds through 200 finally blocks (depth order 0..200) and is caught at depth 100 catch; expects 160
class Deep : System.Exception { public int D; public Deep(int d) : base() { D = d; } }
class P {
  static long h; static int caughtAt = -1;
  static void Rec(int d) {
    try {
      if (d == 200) throw new Deep(d);
      if (d == 100) {
        try { Rec(d + 1); } catch (Deep e) { caughtAt = d + e.D; }
      } else Rec(d + 1);
    } finally { h = (h * 31 + d) % 1000000007; }
  }
  static int Main() {
    Rec(0);
    long exp = 0;
    for (int d = 200; d >= 0; d--) exp = (exp * 31 + d) % 1000000007;
    if (h != exp) return 1;
    if (caughtAt != 300) return 2;
    return 160;
  }
}
