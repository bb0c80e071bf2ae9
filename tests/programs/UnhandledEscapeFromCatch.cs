// Checks a new exception thrown inside a catch block escapes Main (the original caught one is gone); expects unhandled NotSupportedException.
using System;
class P {
    static int zero; static int stage;
    static void Convert() {
        try { stage = 1; int x = 10 / zero; stage = x; }
        catch (DivideByZeroException) { stage = 2; throw new NotSupportedException(); }
    }
    static int Main() {
        try { Convert(); } catch (DivideByZeroException) { return 3; } catch (NotSupportedException) { if (stage != 2) return 1; }
        stage = 0;
        try { Convert(); } catch (DivideByZeroException) { return 4; }
        return 2;
    }
}
