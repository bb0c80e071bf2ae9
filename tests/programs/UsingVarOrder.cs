// Checks 'using var' declarations dispose in reverse declaration order at end of scope, including in a loop body; expects 44
using System;
class R : IDisposable {
  public static long trace; public static int live;
  int id; public R(int i) { id = i; live++; }
  public void Dispose() { trace = (trace * 10 + id) % 1000000007; live--; }
}
class P {
  static void F() {
    using var a = new R(1);
    using var b = new R(2);
    R.trace = R.trace * 10 + 0;
    using var c = new R(3);
  }
  static int Main() {
    F();                                  // 0 3 2 1
    long t1 = R.trace; R.trace = 0;
    for (int i = 0; i < 3; i++) {
      using var x = new R(4 + i);
      if (i == 1) continue;
      using var y = new R(7);
    }
    long t2 = R.trace;                    // 7 4 5 7 6
    int bad = 0;
    if (t1 != 321) bad |= 1;
    if (t2 != 74576) bad |= 2;
    if (R.live != 0) bad |= 4;
    return 44 + bad;
  }
}
