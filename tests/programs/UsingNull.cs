// Checks using with a null resource does not call Dispose and throws nothing; mixed with non-null ones; expects 71
using System;
class R : IDisposable {
  public static int disposed;
  public int W; public R(int w) { W = w; }
  public void Dispose() { disposed += W; }
}
class P {
  static R Make(int w) { return w == 0 ? null : new R(w); }
  static int Main() {
    int body = 0;
    using (R a = Make(0)) { body += 1; }
    using (R b = Make(10), c = Make(0), d = Make(20)) { body += 2; }
    IDisposable e = null;
    using (e) { body += 4; }
    using (var f = (IDisposable)Make(40)) { body += 8; }
    if (R.disposed != 70) return 5;
    return 56 + body; // 71
  }
}
