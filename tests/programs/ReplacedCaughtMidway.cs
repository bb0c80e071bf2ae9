// Checks an exception thrown by a finally (replacing the in-flight one) is caught by an intermediate frame; the original catcher up the stack never runs; expects 163
class Orig : System.Exception { public Orig() : base() { } }
class Repl : System.Exception { public int V; public Repl(int v) : base() { V = v; } }
class P {
  static long trace;
  static void T(int s) { trace = trace * 10 + s; }
  static void Inner() { try { T(1); throw new Orig(); } finally { T(2); throw new Repl(4); } }
  static int Mid() {
    try { try { Inner(); } finally { T(3); } }
    catch (Repl r) { T(r.V); return r.V; }
    return 0;
  }
  static int Main() {
    int v = 0;
    try { v = Mid(); T(5); } catch (Orig) { T(9); }
    if (trace != 12345) return 1;
    return 159 + v; // 163
  }
}
