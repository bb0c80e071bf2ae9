// Checks finally inside constructors (normal and throwing); object not assigned when ctor throws; base ctor finally runs first; expects 171
class Err : System.Exception { public Err() : base() { } }
class Base {
  public static long trace;
  public int B;
  public Base(int x) { try { B = x; if (x < 0) throw new Err(); } finally { trace = trace * 10 + 1; } }
}
class Derived : Base {
  public int D;
  public Derived(int x, bool fail) : base(x) {
    try { D = x * 2; if (fail) throw new Err(); }
    finally { trace = trace * 10 + 2; D += 1; }
  }
}
class P {
  static int Main() {
    var a = new Derived(5, false);           // 1 2
    Derived b = null, c = null;
    try { b = new Derived(6, true); } catch (Err) { Base.trace = Base.trace * 10 + 3; }  // 1 2 3
    try { c = new Derived(-1, false); } catch (Err) { Base.trace = Base.trace * 10 + 4; } // 1 4
    if (Base.trace != 1212314) return 1;
    if (b != null || c != null) return 2;
    return 160 + a.D; // D=11 -> 171
  }
}
