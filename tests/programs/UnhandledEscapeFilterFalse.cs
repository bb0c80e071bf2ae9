// Checks an InvalidOperationException escapes Main when every filter on the way returns false (filters with side effects counted before); expects unhandled InvalidOperationException.
using System;
class P {
    static int evals;
    static bool No() { evals++; return false; }
    static void Thrower() { throw new InvalidOperationException(); }
    static void Mid() { try { Thrower(); } catch (InvalidOperationException) when (No()) { evals += 100; } }
    static int Main() {
        try { Mid(); } catch (InvalidOperationException) when (No()) { return 3; } catch (InvalidOperationException) { if (evals != 2) return 1; }
        try { Mid(); } catch (Exception) when (No()) { return 4; }
        return 2;
    }
}
