// Checks exception rethrown ('throw;') at each of 120 recursion levels with a finally at each level; order catch(d), finally(d) from deepest up; expects 131
class E : System.Exception { public int Hops; public E() : base() { } }
class P {
  static long h; static int fins;
  static void Rec(int d) {
    try {
      if (d == 120) throw new E();
      Rec(d + 1);
    } catch (E e) { e.Hops++; h = (h * 31 + d) % 1000000007; throw; }
    finally { fins++; h = (h * 31 + 1000 + d) % 1000000007; }
  }
  static int Main() {
    int hops = 0;
    try { Rec(0); } catch (E e) { hops = e.Hops; }
    long exp = 0;
    for (int d = 120; d >= 0; d--) { exp = (exp * 31 + d) % 1000000007; exp = (exp * 31 + 1000 + d) % 1000000007; }
    if (h != exp) return 1;
    if (fins != 121 || hops != 121) return 2;
    return 131;
  }
}
