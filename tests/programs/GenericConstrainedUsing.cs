// Checks using over a generic T : IDisposable (constrained call) for struct and class T, with exception and normal exit; struct disposed on the using variable; expects 139
using System;
interface IMake<T> { T Make(int id); }
struct SR : IDisposable { public static long trace; public int Id; public void Dispose() { trace = trace * 10 + Id; } }
class CR : IDisposable { public int Id; public void Dispose() { SR.trace = SR.trace * 10 + Id + 5; } }
class P {
  static int Use<T>(T res, bool thr) where T : IDisposable {
    using (res) { if (thr) throw new NotSupportedException(); return 1; }
  }
  static int Main() {
    int n = 0;
    n += Use(new SR { Id = 1 }, false);
    n += Use(new CR { Id = 2 }, false);
    try { Use(new SR { Id = 3 }, true); } catch (NotSupportedException) { n += 10; }
    try { Use(new CR { Id = 4 }, true); } catch (NotSupportedException) { n += 100; }
    // 1 7 3 9
    if (SR.trace != 1739) return 1;
    return 27 + n; // 27 + 112 = 139
  }
}
