// Checks an exception thrown from Dispose at the end of a normally-completed using escapes unhandled with its type, past an outer using; expects Unhandled exception. DisposeFailedException
using System;
class DisposeFailedException : Exception { public DisposeFailedException() : base() { } }
class R : IDisposable { public bool Bad; public static int n; public void Dispose() { n++; if (Bad) throw new DisposeFailedException(); } }
class P {
  static int Main() {
    using (var a = new R())
    using (var b = new R { Bad = true }) { R.n += 10; }
    return R.n;
  }
}
