// Checks an exception inside a static constructor surfaces as TypeInitializationException (catchable as Exception), and the type stays broken on the second access; expects 70+bits.
using System;
class Cfg {
    public static int Value = Compute();
    static int Compute() { if (P.zero == 0) throw new InvalidOperationException(); return 3; }
}
class P {
    public static int zero;
    static int Main() {
        int r = 0;
        try { r += Cfg.Value; } catch (TypeInitializationException) { r |= 1; }
        try { r += Cfg.Value; } catch (Exception e) { if (e is TypeInitializationException) r |= 2; }
        return 70 + r;
    }
}
