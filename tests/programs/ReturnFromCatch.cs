// Checks return from a catch block inside try/finally: finally runs after catch, returned value is the one computed in catch; expects 51
class P {
  static long trace; static int zero;
  static void T(int s) { trace = trace * 10 + s; }
  static int F(int x) {
    int r = x;
    try {
      try { T(1); r = 10 / (x - x + zero); return r; }
      catch (System.DivideByZeroException) { T(2); r = x + 1; return r; }
      finally { T(3); r = -100; }
    } finally { T(4); r = -200; }
  }
  static int G() {
    for (int i = 0; ; i++) {
      try { try { if (i < 3) throw new System.OverflowException(); return i; }
            catch (System.OverflowException) { if (i == 1) break; continue; } }
      finally { T(5); }
    }
    return 40;
  }
  static int Main() {
    int a = F(6);   // 7
    int b = G();    // i=0 continue (5), i=1 break (5) -> 40
    if (trace != 123455) return 1;
    return a + b + 4; // 51
  }
}
