// Checks try/finally and using in a loop of 10000 iterations (mix of normal exit, continue, break-free leave) keeps correct counts; expects 229
using System;
class R : IDisposable { public static int n; public void Dispose() { n++; } }
class P {
  static int fin, cont;
  static int Main() {
    long sum = 0;
    for (int i = 0; i < 10000; i++) {
      try {
        try {
          if ((i & 7) == 0) { cont++; continue; }
          sum += i;
        } finally { fin++; }
        using (new R()) { sum -= 1; }
      } finally { fin++; }
    }
    // 10000 iterations * 2 finallys; R disposed 8750 times
    if (fin != 20000) return 1;
    if (R.n != 8750 || cont != 1250) return 2;
    long exp = 0; for (int i = 0; i < 10000; i++) if ((i & 7) != 0) exp += i - 1;
    if (sum != exp) return 3;
    return 229;
  }
}
