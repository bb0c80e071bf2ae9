// Checks two-pass semantics for unhandled exceptions: CoreCLR finds no handler in pass one and aborts without running finallies, so the finally that would throw FormatException never runs; expects unhandled InvalidOperationException.
using System;
class P {
    static int armed;
    static void Work() {
        try { throw new InvalidOperationException(); }
        finally { if (armed == 1) throw new FormatException(); }
    }
    static int Main() {
        try { Work(); } catch (InvalidOperationException) { armed = 1; }
        Work();
        return 2;
    }
}
