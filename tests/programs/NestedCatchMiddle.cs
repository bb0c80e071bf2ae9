// Checks an exception caught by a middle try/catch stops unwinding there: inner finally runs, outer finally runs only when its try completes normally; expects 97
class E : System.Exception { public E() : base() { } }
class P {
  static long trace;
  static void T(int s) { trace = trace * 10 + s; }
  static int F(bool thr) {
    int r = 0;
    try {
      T(1);
      try {
        try { T(2); if (thr) throw new E(); r = 5; }
        finally { T(3); }
        T(9);
      } catch (E) { T(4); r = 7; }
      T(5);
    } finally { T(6); }
    return r;
  }
  static int Main() {
    int a = F(true);          // 1 2 3 4 5 6
    long t1 = trace; trace = 0;
    int b = F(false);         // 1 2 3 9 5 6
    if (t1 != 123456 || trace != 123956) return 1;
    return 85 + a + b; // 97
  }
}
