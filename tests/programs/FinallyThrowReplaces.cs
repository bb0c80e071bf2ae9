// Checks exception thrown in finally (during unwinding) replaces the original exception; caught type is the new one; expects 88
class A : System.Exception { public A() : base() { } }
class B : System.Exception { public int V; public B(int v) : base() { V = v; } }
class P {
  static int steps;
  static void F() {
    try { steps += 1; throw new A(); }
    finally { steps += 10; throw new B(7); }
  }
  static void G() {
    try { try { F(); } finally { steps += 100; } }
    catch (A) { steps += 100000; }
  }
  static int Main() {
    int r = 0;
    try { G(); }
    catch (A) { r = 1; }
    catch (B b) { r = b.V * 10; }
    if (steps != 111) return 3;
    return r + 18; // 88
  }
}
