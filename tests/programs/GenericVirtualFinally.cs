// Checks try/finally in generic virtual methods overridden in a derived class and in generic interface methods; exception passes through them; expects 217
class E : System.Exception { public E() : base() { } }
interface IConv { R Conv<R>(int x, System.Func<int, R> f); }
class A : IConv {
  public static long trace;
  public virtual R Conv<R>(int x, System.Func<int, R> f) { try { trace = trace * 10 + 1; return f(x); } finally { trace = trace * 10 + 2; } }
}
class B : A {
  public override R Conv<R>(int x, System.Func<int, R> f) { try { trace = trace * 10 + 3; return base.Conv(x + 1, f); } finally { trace = trace * 10 + 4; } }
}
class P {
  static int Main() {
    IConv c = new B();
    int a = c.Conv(4, v => v * 10);                       // 3 1 2 4 -> 50
    long l = c.Conv<long>(1, v => v + 100L);              // 3 1 2 4 -> 102
    int caught = 0;
    try { c.Conv<object>(0, v => { throw new E(); }); } catch (E) { caught = 7; }  // 3 1 2 4
    if (A.trace != 312431243124L) return 1;
    return a + (int)l + caught + 58; // 50+102+7+58 = 217
  }
}
