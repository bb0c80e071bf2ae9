// Checks foreach over own enumerable disposes its IDisposable enumerator on normal end, break, and return; expects 79
using System;
using System.Collections;
using System.Collections.Generic;
class Seq : IEnumerable<int> {
  public static int disposes; public static long trace;
  int n; public Seq(int n) { this.n = n; }
  public IEnumerator<int> GetEnumerator() { return new En(n); }
  IEnumerator IEnumerable.GetEnumerator() { return GetEnumerator(); }
  class En : IEnumerator<int> {
    int n, i = -1; public En(int n) { this.n = n; }
    public int Current { get { return i * 3; } }
    object IEnumerator.Current { get { return null; } }
    public bool MoveNext() { i++; return i < n; }
    public void Reset() { i = -1; }
    public void Dispose() { disposes++; trace = trace * 10 + 9; }
  }
}
class P {
  static int FirstOver(Seq s, int lim) { foreach (int v in s) { if (v > lim) return v; } return -1; }
  static int Main() {
    int sum = 0;
    foreach (int v in new Seq(4)) sum += v;             // 0+3+6+9=18
    foreach (int v in new Seq(10)) { if (v == 9) break; sum += v; Seq.trace = Seq.trace * 10 + 1; } // +9
    int f = FirstOver(new Seq(10), 10);                 // 12
    if (Seq.disposes != 3) return 1;
    if (Seq.trace != 911199) return 2;
    return sum + f + 40; // 18+9+12+40 = 79
  }
}
