// Checks try/finally nested inside a finally block (normal and exceptional paths) runs in order; expects trace check -> 123
class X : System.Exception { public X() : base() { } }
class P {
  static long trace;
  static void T(int s) { trace = (trace * 10 + s) % 1000000007; }
  static void F(bool thr) {
    try { T(1); if (thr) throw new X(); T(2); }
    finally {
      T(3);
      try { T(4); try { T(5); } finally { T(6); } }
      finally { T(7); }
      T(8);
    }
  }
  static int Main() {
    F(false); long a = trace; trace = 0;
    try { F(true); } catch (X) { T(9); }
    long b = trace;
    int bad = 0;
    if (a != 12345678) bad |= 1;
    if (b != 13456789) bad |= 2;
    return 123 + bad;
  }
}
