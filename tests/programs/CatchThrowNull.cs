// Checks `throw null` (and throwing a null Exception-typed variable) raises NullReferenceException, catchable by exact type, by Exception, and by a filter on type; expects 90+bits.
using System;
class P {
    static Exception nothing;
    static void ThrowIt() { throw nothing; }
    static int Main() {
        int r = 0;
        try { throw null; } catch (NullReferenceException) { r |= 1; }
        try { ThrowIt(); } catch (Exception e) { if (e is NullReferenceException) r |= 2; }
        try { ThrowIt(); } catch (Exception e) when (e is NullReferenceException) { r |= 4; }
        try { try { throw nothing; } catch (ArgumentException) { r |= 64; } } catch (SystemException) { r |= 8; }
        return 90 + r;
    }
}
