// Checks a try/catch inside a finally that runs during unwinding catches its own exception and the original exception continues outward; expects 140+code
class Orig : System.Exception { public int V; public Orig(int v) : base() { V = v; } }
class Inner : System.Exception { public int V; public Inner(int v) : base() { V = v; } }
class P {
  static long trace;
  static void T(int s) { trace = (trace * 10 + s) % 1000000007; }
  static void Thrower(int v) { T(4); throw new Inner(v); }
  static void F() {
    try { T(1); throw new Orig(3); }
    finally {
      T(2);
      try { T(3); Thrower(9); T(0); }
      catch (Inner i) { T(5); if (i.V != 9) T(0); }
      T(6);
    }
  }
  static int Main() {
    int got = 0;
    try { F(); }
    catch (Inner) { got = 99; }
    catch (Orig o) { got = o.V; T(7); }
    if (trace != 1234567) return 10;
    return 140 + got;
  }
}
