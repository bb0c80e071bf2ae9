// Checks several nested using statements dispose in reverse order on normal exit and on return; expects order-based code
using System;
class Res : IDisposable {
  public static long trace;
  int id; public Res(int i) { id = i; trace = trace * 10 + i; }
  public void Dispose() { trace = trace * 10 + (id + 5); }
}
class P {
  static int F() {
    using (var a = new Res(1))
    using (var b = new Res(2)) {
      using (var c = new Res(3)) { return 4; }
    }
  }
  static int Main() {
    using (Res x = new Res(1), y = new Res(2)) { Res.trace = Res.trace * 10 + 9; }
    long t1 = Res.trace; Res.trace = 0;   // 1 2 9 7 6
    int r = F(); long t2 = Res.trace;     // 1 2 3 8 7 6
    int bad = 0;
    if (t1 != 12976) bad |= 1;
    if (t2 != 123876) bad |= 2;
    if (r != 4) bad |= 4;
    return 33 + bad;
  }
}
