// Checks a DivideByZeroException escapes through generic `catch (T)` handlers instantiated with non-matching T, and is caught with matching T first; expects unhandled DivideByZeroException.
using System;
class P {
    static int zero;
    static int Guard<T>(int d) where T : Exception { try { return 100 / d; } catch (T) { return -1; } }
    static int Twice<T, U>(int d) where T : Exception where U : Exception { try { return Guard<T>(d); } catch (U) { return -2; } }
    static int Main() {
        if (Guard<DivideByZeroException>(zero) != -1) return 1;
        if (Twice<OverflowException, ArithmeticException>(zero) != -2) return 3;
        if (Twice<ArgumentException, OverflowException>(4) != 25) return 4;
        return Twice<ArgumentException, OverflowException>(zero);
    }
}
