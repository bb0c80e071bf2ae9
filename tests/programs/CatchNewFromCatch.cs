// Checks throwing a new exception from a catch block: caught by outer handler in same method and in caller, carrying the inner one in a field; expects checksum.
using System;
class WrapEx : Exception { public Exception Inner; public int Lvl; public WrapEx(Exception i, int l) : base() { Inner = i; Lvl = l; } }
class P {
    static int zero;
    static void Wrap(int lvl) {
        try {
            if (lvl == 0) { int x = 1 / zero; }
            else Wrap(lvl - 1);
        }
        catch (DivideByZeroException e) { throw new WrapEx(e, lvl); }
        catch (WrapEx w) { throw new WrapEx(w, lvl); }
    }
    static int Main() {
        int depth = 0, lvls = 0;
        try { Wrap(4); }
        catch (WrapEx w) {
            Exception e = w;
            while (e is WrapEx ww) { depth++; lvls = lvls * 10 + ww.Lvl; e = ww.Inner; }
            if (!(e is DivideByZeroException)) depth += 100;
        }
        int same = 0;
        try {
            try { throw new FormatException(); }
            catch (FormatException f) { try { throw new WrapEx(f, 9); } catch (ArgumentException) { same = 99; } }
        }
        catch (WrapEx w2) { same = w2.Lvl + (w2.Inner is FormatException ? 1 : 0); }
        return (int)((lvls + depth * 1000 + same) % 253); // lvls=43210
    }
}
