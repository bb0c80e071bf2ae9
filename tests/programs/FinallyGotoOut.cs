// Checks goto out of nested try/finally (to labels at different nesting levels) runs the right finallys in order
class P {
  static long trace;
  static void T(int s) { trace = (trace * 10 + s) % 1000000007; }
  static void F(int mode) {
    try {
      T(1);
      try {
        T(2);
        try {
          T(3);
          if (mode == 0) goto outAll;
          if (mode == 1) goto mid;
          T(4);
        } finally { T(5); }
        mid:
        T(6);
      } finally { T(7); }
      T(8);
    } finally { T(9); }
    outAll:
    T(0);
  }
  static int Main() {
    F(0); long a = trace; trace = 0;   // 1235790
    F(1); long b = trace; trace = 0;   // 12356790
    F(2); long c = trace;              // 123456789 0
    return (int)((a * 3 + b * 5 + c * 7) % 249) + 1;
  }
}
