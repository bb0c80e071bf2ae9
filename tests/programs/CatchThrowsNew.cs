// Checks a catch that throws a new exception runs its own try's finally, then outer finally, and the new type reaches the outer catch; expects 43
class A : System.Exception { public A() : base() { } }
class B : System.Exception { public int V; public B(int v) : base() { V = v; } }
class P {
  static long trace;
  static void T(int s) { trace = trace * 10 + s; }
  static int Main() {
    int v = 0;
    try {
      try {
        try { T(1); throw new A(); }
        catch (A) { T(2); throw new B(5); }
        finally { T(3); }
      } catch (A) { T(9); }
      finally { T(4); }
    }
    catch (B b) { T(5); v = b.V; }
    catch (A) { T(8); }
    if (trace != 12345) return 1;
    return 38 + v;
  }
}
