// Checks loops inside a finally block containing try/finally with break/continue (leaves nested within the finally), on both normal and exceptional entry; expects 107
class E : System.Exception { public E() : base() { } }
class P {
  static long trace; static int inner;
  static void T(int s) { trace = (trace * 10 + s) % 1000000007; }
  static void F(bool thr) {
    try { T(1); if (thr) throw new E(); }
    finally {
      for (int i = 0; i < 5; i++) {
        try {
          if (i == 1) continue;
          if (i == 3) break;
          T(2);
        } finally { inner++; }
      }
      T(3);
    }
  }
  static int Main() {
    F(false);                         // 1 2 2 3
    try { F(true); } catch (E) { T(4); } // 1 2 2 3 4
    if (trace != 122312234 % 1000000007) return 1;
    if (inner != 8) return 2;
    return 107;
  }
}
