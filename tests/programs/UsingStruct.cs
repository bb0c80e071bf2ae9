// Checks using with struct IDisposable (no boxing): Dispose called on the using variable, through exception too; expects 56
using System;
struct S : IDisposable {
  public int Id; public static long trace;
  public S(int id) { Id = id; }
  public void Dispose() { trace = trace * 10 + Id; Id = 0; }
}
class E : Exception { public E() : base() { } }
class P {
  static int Main() {
    using (var s = new S(3)) { S.trace = S.trace * 10 + 1; }
    using (S a = new S(4), b = new S(5)) { S.trace = S.trace * 10 + 2; }
    try {
      using (var c = new S(6)) { throw new E(); }
    } catch (E) { S.trace = S.trace * 10 + 7; }
    {
      using var d = new S(8);
      using var e = new S(9);
    }
    // 1 3 2 5 4 6 7 9 8
    if (S.trace != 132546798) return (int)(S.trace % 50);
    return 56;
  }
}
