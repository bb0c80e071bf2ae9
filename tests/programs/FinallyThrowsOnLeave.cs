// Checks a finally that throws while the try was exited by break/return (no exception in flight) propagates that exception and skips the rest; expects 83
class X : System.Exception { public int V; public X(int v) : base() { V = v; } }
class P {
  static long trace;
  static void T(int s) { trace = trace * 10 + s; }
  static int F() {
    try {
      for (int i = 0; i < 5; i++) {
        try { T(1); if (i == 1) break; }
        finally { T(2); if (i == 1) throw new X(i + 6); }
      }
      T(9); return 0;
    } finally { T(3); }
  }
  static int G() {
    try { try { T(4); return 1; } finally { T(5); throw new X(3); } }
    finally { T(6); }
  }
  static int Main() {
    int v = 0;
    try { F(); } catch (X x) { v += x.V; T(7); }   // 1 2 1 2 3 7
    try { G(); } catch (X x) { v += x.V; T(8); }   // 4 5 6 8
    if (trace != 1212374568) return 1;
    return 73 + v; // 7+3 = 10 -> 83
  }
}
