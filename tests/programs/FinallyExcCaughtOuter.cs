// Checks exception passing through 2 finallys is caught by outer catch in same method; order inner finally, outer finally, catch? no: finallys then catch body; expects trace 1 2 3 4 5 6
class MyEx : System.Exception { public int Code; public MyEx(int c) : base() { Code = c; } }
class P {
  static long trace;
  static void T(int s) { trace = (trace * 10 + s) % 1000000007; }
  static int Main() {
    int code = 0;
    try {
      T(1);
      try {
        T(2);
        try {
          T(3);
          throw new MyEx(17);
        } finally { T(4); }
      } finally { T(5); }
    } catch (MyEx e) { T(6); code = e.Code; }
    T(7);
    if (trace != 1234567) return 200 + (int)(trace % 50);
    return code + 100;  // 117
  }
}
