// Checks using disposes resources when an exception escapes across frames, in reverse order, before the caller's catch; expects 66
using System;
class R : IDisposable {
  public static long trace;
  int id; public R(int i) { id = i; }
  public void Dispose() { trace = trace * 10 + id; }
}
class Boom : Exception { public int K; public Boom(int k) : base() { K = k; } }
class P {
  static void Inner() {
    using (var r = new R(3)) { int[] a = new int[2]; a[2 + 0 * r.GetHashCode()] = 1; }
  }
  static void Mid() {
    using (var r1 = new R(5))
    using (var r2 = new R(4)) { Inner(); }
  }
  static int Main() {
    int k = 0;
    try {
      using (var o = new R(6)) { Mid(); }
    } catch (IndexOutOfRangeException) { R.trace = R.trace * 10 + 7; k = 1; }
    // 3 4 5 6 7
    if (R.trace != 34567) return 10 + (int)(R.trace % 40);
    return 65 + k;
  }
}
