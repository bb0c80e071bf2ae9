// Checks an exception thrown inside an IEnumerator iterator's try/finally, consumed by foreach with a non-matching catch, escapes unhandled with its type; expects Unhandled exception. IterFailException
using System.Collections.Generic;
class IterFailException : System.Exception { public IterFailException() : base() { } }
struct W { IEnumerator<int> e; public W(IEnumerator<int> e) { this.e = e; } public IEnumerator<int> GetEnumerator() { return e; } }
class P {
  static int n;
  static IEnumerator<int> Gen() { try { yield return 1; throw new IterFailException(); } finally { n++; } }
  static int Main() {
    try { foreach (int v in new W(Gen())) n += v; }
    catch (System.NotSupportedException) { n = 7; }
    return n;
  }
}
