// Checks a filter that throws is treated as false (its exception swallowed) and the next handler catches the original exception; expects 199
class E : System.Exception { public int V; public E(int v) : base() { V = v; } }
class P {
  static int zero; static int filterRuns;
  static bool Bad(E e) { filterRuns++; return 10 / zero == e.V; }
  static int F() {
    try { throw new E(3); }
    catch (E e) when (Bad(e)) { return 1000; }
    catch (E e) when (e.V == 3) { return 50 + e.V; }
  }
  static int G() {
    try { return F() + F(); }
    catch (System.DivideByZeroException) { return 1; }
  }
  static int Main() {
    int r = G();             // 53 + 53
    if (filterRuns != 2) return 1;
    return r + 93; // 199
  }
}
