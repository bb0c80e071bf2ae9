// Checks try/catch executed inside a finally while another exception is propagating: the inner one is handled locally and the ORIGINAL keeps propagating to the caller's catch; expects checksum.
using System;
class Orig : Exception { public int Id; public Orig(int i) : base() { Id = i; } }
class P {
    static long trace; static int zero; static Orig saved;
    static void T(int s) { trace = trace * 10 + s; }
    static void Work() {
        try { T(1); saved = new Orig(7); throw saved; }
        finally {
            T(2);
            try { int x = 5 / zero; T(9); } catch (DivideByZeroException) { T(3); }
            try { try { throw new FormatException(); } finally { T(4); } } catch (FormatException) { T(5); }
        }
    }
    static int Main() {
        int r = 0;
        try { Work(); }
        catch (DivideByZeroException) { T(8); }
        catch (FormatException) { T(8); }
        catch (Orig o) { T(6); if (o == saved) r = o.Id; }
        return (int)((trace * 3 + r) % 253); // trace 123456
    }
}
