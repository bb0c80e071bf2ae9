// Checks break out of foreach over a yield iterator with nested try/finally runs the iterator's finallys (via Dispose) innermost-first; expects 101
using System.Collections.Generic;
class P {
  static long trace;
  static void T(int s) { trace = (trace * 10 + s) % 1000000007; }
  static IEnumerable<int> Gen() {
    try {
      T(1);
      yield return 10;
      try {
        T(2);
        yield return 20;
        yield return 30;
      } finally { T(3); }
      yield return 40;
    } finally { T(4); }
  }
  static int Main() {
    int s = 0;
    foreach (int v in Gen()) { s += v; if (v == 20) break; }   // 1 2 3 4
    long a = trace; trace = 0;
    foreach (int v in Gen()) { s += v; if (v == 40) break; }   // 1 2 3 4
    long b = trace; trace = 0;
    foreach (int v in Gen()) { s += v; if (v == 10) break; }   // 1 4
    long c = trace; trace = 0;
    foreach (int v in Gen()) s += v;                          // 1 2 3 4
    int bad = 0;
    if (a != 1234) bad |= 1; if (b != 1234) bad |= 2; if (c != 14) bad |= 4; if (trace != 1234) bad |= 8;
    if (s != 30 + 100 + 10 + 100) bad |= 16;
    return 101 + bad;
  }
}
