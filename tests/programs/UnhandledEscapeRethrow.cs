// Checks a `throw;` rethrow from the last handler escapes Main with the original exception type (FormatException), not something else; expects unhandled FormatException.
using System;
class P {
    static int seen;
    static void Source() { throw new FormatException(); }
    static void Relay() { try { Source(); } catch (Exception) { seen++; throw; } }
    static int Main() {
        try { Relay(); } catch (FormatException) { seen += 10; }
        if (seen != 11) return 1;
        try { Relay(); }
        catch (FormatException) { seen++; if (seen != 13) return 3; throw; }
        return 2;
    }
}
