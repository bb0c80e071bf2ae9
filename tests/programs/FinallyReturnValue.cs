// Checks return from try: value computed before finally; finally changing local doesn't change result; static set in finally visible. Expects 7*? see code -> exit 91
class P {
  static long trace; static int sf;
  static void T(int s) { trace = trace * 10 + s; }
  static int F(int x) {
    int r = x;
    try { T(1); r = r + 10; return r; }
    finally { T(2); r = 999; sf = r; }
  }
  static int G(ref int x) {
    try { T(3); return x * 2; }
    finally { x = 50; T(4); }
  }
  static int Main() {
    int a = F(5);          // 15
    int b = sf;            // 999
    int v = 7;
    int c = G(ref v);      // 14, v=50
    T(5);
    long chk = a * 1000003L + b * 1009 + c * 17 + v + trace;
    return (int)(chk % 241) + 5;
  }
}
