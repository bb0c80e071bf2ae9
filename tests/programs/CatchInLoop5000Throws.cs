// Checks throw/catch through a finally 5000 times in a loop (exception objects, handler state not leaking); expects 233
class E : System.Exception { public int V; public E(int v) : base() { V = v; } }
class P {
  static int fin;
  static void Thrower(int i) { try { if (i % 3 != 0) throw new E(i); } finally { fin++; } }
  static int Main() {
    long caught = 0; int cnt = 0;
    for (int i = 0; i < 5000; i++) {
      try { Thrower(i); }
      catch (E e) { caught += e.V; cnt++; }
      finally { fin += 2; }
    }
    long exp = 0; int ec = 0; for (int i = 0; i < 5000; i++) if (i % 3 != 0) { exp += i; ec++; }
    if (fin != 15000) return 1;
    if (cnt != ec || caught != exp) return 2;
    return 233;
  }
}
