// Checks iterator whose finally itself contains try/catch, and break triggers Dispose; exceptions thrown and caught inside Dispose path; expects 142
using System;
using System.Collections.Generic;
class P {
  static long trace;
  static void T(int s) { trace = (trace * 10 + s) % 1000000007; }
  static int zero = 0;
  static IEnumerable<int> Gen() {
    try {
      yield return 1; yield return 2; yield return 3;
    } finally {
      T(1);
      try { int q = 5 / zero; T(9); } catch (DivideByZeroException) { T(2); }
      T(3);
    }
  }
  static int Main() {
    int s = 0;
    foreach (int v in Gen()) { s += v; if (v == 2) break; }
    foreach (int v in Gen()) { s += v; }
    if (trace != 123123) return 1;
    return 133 + s; // 3 + 6 = 9 -> 142
  }
}
