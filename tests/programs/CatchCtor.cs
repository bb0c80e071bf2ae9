// Checks exceptions thrown in constructors (own ctor, base ctor, field initializer, struct ctor) are caught and the partial object is not assigned; expects checksum.
using System;
class CEx : Exception { public int Stage; public CEx(int s) : base() { Stage = s; } }
class Base { public static int log; public int b; public Base(int k) { log = log * 10 + 1; if (k == 1) throw new CEx(1); b = k; } }
class Derived : Base {
    int f = Init();
    static int mode;
    static int Init() { Base.log = Base.log * 10 + 2; if (mode == 2) throw new CEx(2); return 4; }
    public Derived(int k) : base(k) { log = log * 10 + 3; if (k == 3) throw new CEx(3); }
    public static Derived Make(int k) { mode = k; return new Derived(k); }
}
struct S { public int A, B; public S(int a) { A = a; if (a < 0) throw new ArgumentOutOfRangeException(); B = a * 2; } }
class P {
    static int Main() {
        long acc = 0;
        for (int k = 0; k < 5; k++) {
            Derived d = null;
            try { d = Derived.Make(k); acc = acc * 5 + 1; }
            catch (CEx e) { acc = acc * 7 + e.Stage; }
            if (d == null) acc += 100;
        }
        S s = new S(3);
        try { s = new S(-1); } catch (ArgumentOutOfRangeException) { acc += s.A * 10 + s.B; }
        return (int)((ulong)(acc ^ Base.log) % 251) + 1;
    }
}
