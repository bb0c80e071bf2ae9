// Checks an exception in the foreach body over an iterator disposes it (iterator finallys run) before the catch; nested iterators; expects 131
using System;
using System.Collections.Generic;
class P {
  static long trace;
  static void T(int s) { trace = (trace * 10 + s) % 1000000007; }
  static IEnumerable<int> Inner() { try { T(1); yield return 1; yield return 2; } finally { T(2); } }
  static IEnumerable<int> Outer() {
    try { foreach (int x in Inner()) { yield return x * 10; } }
    finally { T(3); }
  }
  static int Main() {
    int got = 0;
    try {
      foreach (int v in Outer()) { if (v == 20) throw new NotSupportedException(); got += v; T(4); }
    } catch (NotSupportedException) { T(5); }
    // T1, yield 10 -> T4, yield 20 -> throw -> dispose outer -> dispose inner: T2 then T3, catch T5
    if (trace != 14235) return (int)(trace % 100);
    return 121 + got; // 131
  }
}
