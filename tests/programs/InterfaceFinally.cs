// Checks try/finally in interface method implementations (class and struct, via interface and constrained generic calls) including exception through interface call; expects 191
interface IStep { int Do(int x); }
class E : System.Exception { public E() : base() { } }
class P {
  public static long trace;
  public static void T(int s) { trace = (trace * 10 + s) % 1000000007; }
  class C : IStep { public int Do(int x) { try { T(1); if (x < 0) throw new E(); return x + 1; } finally { T(2); } } }
  struct S : IStep { public int k; public int Do(int x) { try { T(3); k += x; return k; } finally { T(4); k += 100; } } }
  static int Call<TS>(ref TS s, int x) where TS : IStep { try { return s.Do(x); } finally { T(5); } }
  static int Main() {
    IStep a = new C();
    int r = a.Do(4);                  // 1 2 -> 5
    try { a.Do(-1); } catch (E) { T(6); }   // 1 2 6
    S s = new S();
    int r2 = Call(ref s, 7);          // 3 4 5 -> 7, s.k = 107
    IStep boxed = s;
    int r3 = boxed.Do(1);             // 3 4 -> 108
    if (trace != 12126345_34L % 1000000007) return 1;
    if (s.k != 107 || ((S)boxed).k != 208) return 2;
    return 71 + r + r2 + r3; // 71+5+7+108 = 191
  }
}
