// Checks filters with side effects on the exception object and on locals/statics: mutations made by false filters are visible in the handler that finally runs; expects checksum.
using System;
class MEx : Exception { public int Seen; public int Code; public MEx(int c) : base() { Code = c; } }
class P {
    static int sideStatic;
    static bool Probe(MEx e, int id) { e.Seen = e.Seen * 10 + id; sideStatic += id; return e.Code == id; }
    static void Inner(int code) {
        try { throw new MEx(code); }
        catch (MEx e) when (Probe(e, 1)) { e.Seen += 1000; throw; }
        catch (MEx e) when (Probe(e, 2)) { e.Seen += 2000; throw; }
    }
    static int Main() {
        long acc = 0;
        for (int code = 1; code <= 4; code++) {
            int local = 5;
            try { Inner(code); }
            catch (MEx e) when (Probe(e, 3) || (local += 10) > 100) { acc = acc * 100 + e.Seen % 97 + local; }
            catch (MEx e) { acc = acc * 100 + e.Seen % 89 + local * 2; }
        }
        return (int)((ulong)(acc + sideStatic) % 241) + 5;
    }
}
