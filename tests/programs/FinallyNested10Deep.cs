// Checks 10-level nested try/finally: normal exit, throw from innermost caught outside, and return from innermost; finallys innermost-first; expects 247
class P {
  static long h;
  static void T(int s) { h = (h * 13 + s) % 1000000007; }
  static int F(int mode) {
    try { try { try { try { try { try { try { try { try { try {
      T(100);
      if (mode == 1) throw new System.InvalidOperationException();
      if (mode == 2) return 5;
    } finally { T(10); } } finally { T(9); } } finally { T(8); } } finally { T(7); } } finally { T(6); }
    } finally { T(5); } } finally { T(4); } } finally { T(3); } } finally { T(2); } } finally { T(1); }
    return 3;
  }
  static int Main() {
    long e1 = 0; e1 = (e1 * 13 + 100) % 1000000007; for (int i = 10; i >= 1; i--) e1 = (e1 * 13 + i) % 1000000007;
    int bad = 0, r;
    h = 0; r = F(0); if (h != e1 || r != 3) bad |= 1;
    h = 0; try { F(1); bad |= 2; } catch (System.InvalidOperationException) { if (h != e1) bad |= 4; }
    h = 0; r = F(2); if (h != e1 || r != 5) bad |= 8;
    return 247 - bad;
  }
}
