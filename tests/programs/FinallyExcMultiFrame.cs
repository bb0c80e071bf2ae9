// Checks exception from 4 frames deep runs finallys of each frame innermost-first before the catch in Main; expects 1 a b c d catch
class E1 : System.Exception { public int V; public E1(int v) : base() { V = v; } }
class P {
  static long trace;
  static void T(int s) { trace = (trace * 10 + s) % 1000000007; }
  static void D() { try { T(4); throw new E1(5); } finally { T(5); } }
  static void C() { try { T(3); D(); T(9); } finally { T(6); } }
  static int B() { int x = 1; try { T(2); C(); x = 2; } finally { T(7); } return x; }
  static void A() { try { B(); T(9); } finally { T(8); } }
  static int Main() {
    int v = 0;
    try { T(1); A(); } catch (E1 e) { v = e.V; T(0); }
    // 1 2 3 4 5 6 7 8 0
    if (trace != 123456780L % 1000000007) return 1;
    return 150 + v;
  }
}
