// Checks an exception thrown in a finally (during normal completion) escapes through an outer catch that does not match; expects unhandled ArgumentNullException.
using System;
class P {
    static int step;
    static void Cleanup() { try { step = step * 10 + 1; } finally { step = step * 10 + 2; if (step > 100) throw new ArgumentNullException(); } }
    static int Main() {
        step = 10;
        try { Cleanup(); } catch (ArgumentNullException) { if (step != 1012) return 1; }
        step = 11;
        try { Cleanup(); } catch (InvalidCastException) { return 3; }
        return 2;
    }
}
