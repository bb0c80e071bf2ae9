// Checks try/finally in virtual/override methods with base calls and exceptions crossing virtual calls; expects 183
class E : System.Exception { public E() : base() { } }
class A {
  public static long trace;
  protected static void T(int s) { trace = trace * 10 + s; }
  public virtual int Run(int x) { try { T(1); if (x == 0) throw new E(); return x; } finally { T(2); } }
}
class B : A {
  public override int Run(int x) {
    try { T(3); return base.Run(x) * 10; } finally { T(4); }
  }
}
class C : B {
  public override int Run(int x) {
    try { try { return base.Run(x) + 1; } finally { T(5); } }
    catch (E) { T(6); return -1; }
  }
}
class P {
  static int Main() {
    A o = new C();
    int r1 = o.Run(7);   // 3 1 2 4 5 -> 71
    int r2 = o.Run(0);   // 3 1 2 4 5 6 -> -1
    if (A.trace != 3124531245_6L) return 1;
    return 113 + r1 + r2 - 0; // 113 + 71 - 1 = 183
  }
}
