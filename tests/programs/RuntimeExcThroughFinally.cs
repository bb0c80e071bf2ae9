// Checks runtime-generated exceptions (null ref, index, cast, checked overflow, div by zero) pass through finally blocks in callees and are caught by type; expects 73
using System;
class Foo { public int X; }
class P {
  static int fins; static int zero; static Foo nul; static object boxed = "s";
  static int Op(int k) {
    try {
      try {
        switch (k) {
          case 0: return nul.X;
          case 1: { int[] a = new int[3]; return a[k + 4]; }
          case 2: return ((Foo)boxed).X;
          case 3: { int m = int.MaxValue; return checked(m + k); }
          default: return 7 / zero;
        }
      } finally { fins++; }
    } finally { fins += 10; }
  }
  static int Main() {
    int mask = 0;
    try { Op(0); } catch (NullReferenceException) { mask |= 1; }
    try { Op(1); } catch (IndexOutOfRangeException) { mask |= 2; }
    try { Op(2); } catch (InvalidCastException) { mask |= 4; }
    try { Op(3); } catch (OverflowException) { mask |= 8; }
    try { Op(4); } catch (DivideByZeroException) { mask |= 16; }
    if (fins != 55) return 1;
    return 42 + mask; // 73
  }
}
