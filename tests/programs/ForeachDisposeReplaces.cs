// Checks when the foreach body throws and the enumerator's Dispose also throws, the Dispose exception replaces the body's one; expects 233
using System;
using System.Collections.Generic;
class BodyEx : Exception { public BodyEx() : base() { } }
class DispEx : Exception { public int V; public DispEx(int v) : base() { V = v; } }
struct W { IEnumerator<int> e; public W(IEnumerator<int> e) { this.e = e; } public IEnumerator<int> GetEnumerator() { return e; } }
class P {
  static long trace;
  static IEnumerator<int> Gen() {
    try { try { yield return 1; yield return 2; } finally { trace = trace * 10 + 1; throw new DispEx(6); } }
    finally { trace = trace * 10 + 2; }
  }
  static int Main() {
    int got = 0;
    try { foreach (int v in new W(Gen())) { trace = trace * 10 + 3; if (v == 1) throw new BodyEx(); } }
    catch (BodyEx) { got = 100; }
    catch (DispEx d) { got = d.V; trace = trace * 10 + 4; }
    if (trace != 3124) return 1;
    return 227 + got; // 233
  }
}
