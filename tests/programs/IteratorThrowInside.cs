// Checks an exception thrown inside a yield iterator runs its finally blocks (fault handler in MoveNext) before the caller's catch; expects 112
using System;
using System.Collections.Generic;
class Oops : Exception { public int V; public Oops(int v) : base() { V = v; } }
class P {
  static long trace;
  static void T(int s) { trace = (trace * 10 + s) % 1000000007; }
  static IEnumerable<int> Gen(int failAt) {
    try {
      for (int i = 0; i < 5; i++) {
        try {
          if (i == failAt) throw new Oops(i);
          yield return i;
        } finally { T(5); }
      }
    } finally { T(6); }
  }
  static int Main() {
    int got = 0, sum = 0;
    try {
      foreach (int v in Gen(2)) { sum += v; T(1); }
    } catch (Oops o) { got = o.V; T(7); }
    // i=0: T1 T5 ; i=1: T1 T5; i=2: throw -> T5 T6 ; catch T7
    if (trace != 1515567) return 1;
    if (sum != 1) return 2;
    return 110 + got;
  }
}
