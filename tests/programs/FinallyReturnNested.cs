// Checks return from innermost of 3 nested try/finally runs finallys innermost-first and returns pre-computed value; expects trace 123654 and value 42
class P {
  static long trace;
  static void T(int s) { trace = trace * 10 + s; }
  static int F() {
    int v = 40;
    try {
      T(1);
      try {
        T(2);
        try { T(3); return v + 2; }
        finally { T(4); v = 0; }
      }
      finally { T(5); v = 1; }
    }
    finally { T(6); v = 3; }
  }
  static int Main() {
    int r = F();
    // order of finallys: 4,5,6 -> trace 123456
    if (r != 42) return 1;
    return (int)(trace % 251) + 3; // 123456 % 251 = 215 -> 218
  }
}
