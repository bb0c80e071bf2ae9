// Checks iterator (IEnumerator<int>) with using + yield break inside try/finally: Dispose runs on yield break, on early consumer exit and on full run; expects 127
using System;
using System.Collections.Generic;
class R : IDisposable { public static long trace; int id; public R(int i) { id = i; } public void Dispose() { trace = trace * 10 + id; } }
struct W { IEnumerator<int> e; public W(IEnumerator<int> e) { this.e = e; } public IEnumerator<int> GetEnumerator() { return e; } }
class P {
  static IEnumerator<int> Gen(int stopAt) {
    using (new R(1)) {
      for (int i = 0; i < 10; i++) {
        using (var r = new R(2)) {
          if (i == stopAt) yield break;
          yield return i;
        }
      }
    }
  }
  static int Main() {
    int s = 0;
    foreach (int v in new W(Gen(2))) s += v;              // 0,1 then yield break: 2 2 2 1
    long a = R.trace; R.trace = 0;
    foreach (int v in new W(Gen(5))) { if (v == 1) break; s += v; } // 2 then at i=1 break: 2 2 1
    long b = R.trace;
    if (a != 2221 || b != 221) return (int)(a % 100);
    return 126 + s; // 1 -> 127
  }
}
