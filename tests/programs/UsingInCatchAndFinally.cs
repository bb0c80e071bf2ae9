// Checks using statements placed inside catch and finally blocks dispose correctly (also when a later exception leaves them); expects 241
using System;
class R : IDisposable { public static long trace; int id; public R(int i) { id = i; } public void Dispose() { trace = trace * 10 + id; } }
class E1 : Exception { public E1() : base() { } }
class E2 : Exception { public E2() : base() { } }
class P {
  static void F() {
    try {
      try { throw new E1(); }
      catch (E1) { using (new R(1)) { using (new R(2)) { throw new E2(); } } }
      finally { using (new R(3)) { R.trace = R.trace * 10 + 4; } }
    } catch (E2) { using (var r = new R(5)) { } }
    finally { using (new R(6)) { } }
  }
  static int Main() {
    F();  // 2 1 4 3 5 6
    if (R.trace != 214356) return (int)(R.trace % 100);
    return 241;
  }
}
