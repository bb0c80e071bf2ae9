// Checks exceptions from interface method implementations (class and struct implementors, explicit impl) are caught by interface call sites; expects checksum.
using System;
interface IOp { int Apply(int x); }
class OpEx : Exception { public int X; public OpEx(int x) : base() { X = x; } }
class Half : IOp { public int Apply(int x) { if ((x & 1) != 0) throw new OpEx(x); return x / 2; } }
struct Inv : IOp { public int N; int IOp.Apply(int x) { N++; if (x == 0) throw new ArgumentException(); return 100 / x + N; } }
class P {
    static int Use(IOp op, int x) {
        try { return op.Apply(x); }
        catch (OpEx e) { return 1000 + e.X; }
    }
    static int Main() {
        IOp[] ops = { new Half(), new Inv() };
        int acc = 0;
        for (int i = 0; i < 2; i++)
            for (int x = 0; x < 5; x++) {
                try { acc = acc * 3 + Use(ops[i], x); }
                catch (ArgumentException) { acc = acc * 5 + 1; }
            }
        return (int)((uint)acc % 251) + 2;
    }
}
