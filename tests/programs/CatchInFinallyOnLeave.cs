// Checks try/catch inside a finally reached by a normal leave (return/break, no exception in flight): inner catch works and return value preserved; expects 207
class Inner : System.Exception { public int V; public Inner(int v) : base() { V = v; } }
class P {
  static long trace;
  static void T(int s) { trace = trace * 10 + s; }
  static void Thr(int v) { throw new Inner(v); }
  static int F() {
    try { T(1); return 40; }
    finally {
      try { T(2); Thr(7); T(9); } catch (Inner i) { T(i.V - 4); }
      T(4);
    }
  }
  static int Main() {
    int r = F();                                       // 1 2 3 4
    for (int k = 0; k < 3; k++) {
      try { if (k == 1) break; }
      finally { try { Thr(k + 5); } catch (Inner i) { T(i.V); } }
    }                                                   // 5 6
    if (trace != 123456) return 1;
    return r + 167; // 207
  }
}
