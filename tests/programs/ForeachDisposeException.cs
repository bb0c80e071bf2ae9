// Checks enumerator Dispose runs when the foreach body throws, before outer catch, and MoveNext exception also disposes; expects 92
using System;
using System.Collections;
using System.Collections.Generic;
class Bad : Exception { public int V; public Bad(int v) : base() { V = v; } }
class Seq : IEnumerable<int> {
  public static long trace;
  int failAt; public Seq(int f) { failAt = f; }
  public IEnumerator<int> GetEnumerator() { return new En(failAt); }
  IEnumerator IEnumerable.GetEnumerator() { return GetEnumerator(); }
  class En : IEnumerator<int> {
    int i, failAt; public En(int f) { failAt = f; }
    public int Current { get { return i; } }
    object IEnumerator.Current { get { return i; } }
    public bool MoveNext() { i++; if (i == failAt) throw new Bad(i); return i < 100; }
    public void Reset() { }
    public void Dispose() { trace = trace * 10 + 5; }
  }
}
class P {
  static int Main() {
    int got = 0;
    try {
      foreach (int v in new Seq(1000)) { Seq.trace = Seq.trace * 10 + 1; if (v == 2) throw new Bad(v * 10); }
    } catch (Bad b) { got += b.V; Seq.trace = Seq.trace * 10 + 7; }
    try {
      foreach (int v in new Seq(3)) { Seq.trace = Seq.trace * 10 + 2; }
    } catch (Bad b) { got += b.V; Seq.trace = Seq.trace * 10 + 8; }
    // 1 1 5 7 2 2 5 8
    if (Seq.trace != 11572258) return 1;
    return got + 69; // 20+3+69 = 92
  }
}
