// Checks the in-flight exception object is the same instance seen by finallys (via static) and the catch; mutations during unwinding are visible; expects 191
class E : System.Exception { public long Path; public E() : base() { } }
class P {
  static E cur;
  static void Step(int s) { cur.Path = cur.Path * 10 + s; }
  static void C() { try { cur = new E(); Step(1); throw cur; } finally { Step(2); } }
  static void B() { try { try { C(); } finally { Step(3); } } catch (System.ArgumentException) { Step(9); } finally { Step(4); } }
  static int Main() {
    long path = 0; bool same = false;
    try { B(); } catch (E e) { Step(5); path = e.Path; same = ReferenceEquals(e, cur); }
    if (!same) return 1;
    if (path != 12345) return 2;
    return 191;
  }
}
