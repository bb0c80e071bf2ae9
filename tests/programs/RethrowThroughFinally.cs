// Checks 'throw;' from a catch propagates the same exception object through enclosing finallys and frames; 'throw e' too; expects 37
class E : System.Exception { public int V; public E(int v) : base() { V = v; } }
class P {
  static long trace; static E first;
  static void T(int s) { trace = trace * 10 + s; }
  static void F() {
    try {
      try { first = new E(3); throw first; }
      catch (E) { T(1); throw; }
      finally { T(2); }
    } finally { T(3); }
  }
  static void G() {
    try { F(); } catch (E e) { T(4); e.V++; throw e; } finally { T(5); }
  }
  static int Main() {
    int v = 0; bool same = false;
    try { G(); } catch (E e) { T(6); v = e.V; same = (object)e == (object)first; }
    if (trace != 123456) return 1;
    if (!same) return 2;
    return 33 + v; // 37
  }
}
