// Checks two-pass unwinding: an outer exception filter runs BEFORE inner finally blocks (same method and across frames); expects order F,fin,fin,catch -> 19
class E : System.Exception { public int V; public E(int v) : base() { V = v; } }
class P {
  static long trace;
  static bool Log(int s, bool r) { trace = trace * 10 + s; return r; }
  static void Inner() { try { try { throw new E(4); } finally { Log(2, true); } } finally { Log(3, true); } }
  static int Main() {
    try { Inner(); }
    catch (E e) when (Log(1, e.V == 4)) { Log(5, true); }
    long a = trace; trace = 0;       // 1 2 3 5
    try {
      try { throw new E(7); }
      finally { Log(6, true); }
    } catch (E e) when (Log(e.V, false)) { Log(9, true); }
      catch (E) { Log(8, true); }
    long b = trace;                  // 7 6 8
    int bad = 0;
    if (a != 1235) bad |= 1;
    if (b != 768) bad |= 2;
    return 19 + bad;
  }
}
