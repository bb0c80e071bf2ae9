// Checks an exception thrown from a try/finally nested in a catch body: nested finally, then outer finally, then outer catch gets the new exception; goto from catch to a label; expects 227
class A : System.Exception { public A() : base() { } }
class B : System.Exception { public int V; public B(int v) : base() { V = v; } }
class P {
  static long trace;
  static void T(int s) { trace = trace * 10 + s; }
  static int F(int mode) {
    int tries = 0;
    again:
    try {
      try { tries++; T(1); throw new A(); }
      catch (A) {
        if (mode == 0 && tries < 2) goto again;
        try { T(2); throw new B(tries); }
        finally { T(3); }
      }
      finally { T(4); }
    } catch (B b) { T(5); return b.V; }
  }
  static int Main() {
    int r = F(0);    // 1 4 (goto again) 1 2 3 4 5  -> 2
    long a = trace; trace = 0;
    int s = F(1);    // 1 2 3 4 5 -> 1
    if (a != 1412345 || trace != 12345) return 1;
    return 224 + r + s; // 227
  }
}
