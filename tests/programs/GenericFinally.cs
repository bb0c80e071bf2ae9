// Checks finally in generic methods/classes instantiated over value and reference types, exception through generic frames; expects 203
class E<T> : System.Exception { public T Val; public E(T v) : base() { Val = v; } }
class Box<T> {
  public static int fins;
  public T Item;
  public T SwapOrThrow(T nv, bool thr) {
    T old = Item;
    try { if (thr) throw new E<T>(nv); Item = nv; return old; }
    finally { fins++; }
  }
}
class P {
  static long trace;
  static U Wrap<U>(Box<U> b, U v, bool thr) {
    try { return b.SwapOrThrow(v, thr); }
    finally { trace = trace * 10 + (thr ? 2 : 1); }
  }
  static int Main() {
    var bi = new Box<int>(); var bs = new Box<string>(); var bl = new Box<long>();
    int a = Wrap(bi, 5, false); int b = Wrap(bi, 9, false);     // 0, 5
    string s0 = Wrap(bs, "x", false);                           // null
    int got = 0;
    try { Wrap(bl, 77L, true); } catch (E<long> e) { got = (int)e.Val; }
    try { Wrap(bs, "yy", true); } catch (E<string> e) { got += e.Val.Length; }
    if (trace != 11122) return 1;
    if (Box<int>.fins != 2 || Box<string>.fins != 2 || Box<long>.fins != 1) return 2;
    if (s0 != null || bs.Item != "x") return 3;
    return a + b + got + 119; // 0+5+79+119 = 203
  }
}
