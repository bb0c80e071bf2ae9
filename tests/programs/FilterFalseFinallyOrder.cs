// Checks filters returning false in several frames are all evaluated (innermost first) before any finally runs, then handler 3 frames up; expects 29
class E : System.Exception { public E() : base() { } }
class P {
  static long trace;
  static bool L(int s, bool r) { trace = trace * 10 + s; return r; }
  static void C() { try { throw new E(); } catch (E) when (L(1, false)) { L(0, true); } finally { L(4, true); } }
  static void B() { try { C(); } catch (E) when (L(2, false)) { L(0, true); } finally { L(5, true); } }
  static void A() { try { B(); } finally { L(6, true); } }
  static int Main() {
    try { A(); } catch (E) when (L(3, true)) { L(7, true); }
    // filters 1 2 3 then finallys 4 5 6 then catch 7
    if (trace != 1234567) return (int)(trace % 100) + 100;
    return 29;
  }
}
