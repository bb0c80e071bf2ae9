// Checks pattern-based foreach with struct enumerator having Dispose(): dispose called on break and exception (ref struct Dispose pattern); expects 97
using System;
class Bag {
  public int[] Items;
  public static long trace;
  public Bag(int[] a) { Items = a; }
  public En GetEnumerator() { return new En(Items); }
  public struct En : IDisposable {
    int[] a; int i;
    public En(int[] a) { this.a = a; i = -1; }
    public int Current => a[i];
    public bool MoveNext() { i++; return i < a.Length; }
    public void Dispose() { trace = trace * 10 + (i + 1); }
  }
}
class P {
  static int Main() {
    var bag = new Bag(new int[] { 5, 6, 7, 8 });
    int s = 0;
    foreach (var v in bag) s += v;            // dispose i=4 -> 5
    foreach (var v in bag) { if (v == 6) break; s += v; } // dispose i=1 -> 2
    try { foreach (var v in bag) { if (v == 7) throw new InvalidOperationException(); } }
    catch (InvalidOperationException) { Bag.trace = Bag.trace * 10 + 9; } // dispose i=2 -> 3
    if (Bag.trace != 5239) return 1;
    return s + 66; // 31+66=97
  }
}
