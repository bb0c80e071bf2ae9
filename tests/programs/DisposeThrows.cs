// Checks an exception thrown by Dispose replaces the body's exception, and outer usings are still disposed; expects 59
using System;
class BodyEx : Exception { public BodyEx() : base() { } }
class DispEx : Exception { public int Id; public DispEx(int id) : base() { Id = id; } }
class R : IDisposable {
  public static long trace;
  int id; bool thr;
  public R(int id, bool thr) { this.id = id; this.thr = thr; }
  public void Dispose() { trace = trace * 10 + id; if (thr) throw new DispEx(id); }
}
class P {
  static int Main() {
    int got = 0;
    try {
      using (var a = new R(1, false))
      using (var b = new R(2, true))
      using (var c = new R(3, false)) { throw new BodyEx(); }
    } catch (BodyEx) { got = 100; }
      catch (DispEx d) { got = d.Id; }
    // dispose order 3 2 1, DispEx(2) escapes
    long t1 = R.trace; R.trace = 0;
    try { using (var d = new R(4, true)) { R.trace = 9; } } catch (DispEx d) { got += d.Id * 10; }
    if (t1 != 321 || R.trace != 94) return 1;
    return got + 17; // 2 + 40 + 17 = 59
  }
}
