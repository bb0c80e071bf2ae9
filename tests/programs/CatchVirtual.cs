// Checks exceptions thrown from virtual overrides (and base calls) through a base-typed call site are caught with correct type/state; expects checksum.
using System;
class ShapeEx : Exception { public int Id; public ShapeEx(int id) : base() { Id = id; } }
abstract class Shape { public abstract int Area(int k); public virtual int Check(int k) { if (k < 0) throw new ShapeEx(-k); return k; } }
class Sq : Shape { public override int Area(int k) { if (k == 2) throw new ShapeEx(20); return k * k; } }
class Rect : Shape {
    public override int Area(int k) { return Check(k - 3) * 2; }
    public override int Check(int k) { if (k == -2) throw new InvalidOperationException(); return base.Check(k) + 1; }
}
class P {
    static int Main() {
        Shape[] ss = { new Sq(), new Rect(), new Sq(), new Rect() };
        long acc = 0;
        for (int i = 0; i < 4; i++) {
            for (int k = 0; k < 4; k++) {
                try { acc = acc * 13 + ss[i].Area(k); }
                catch (ShapeEx e) { acc = acc * 17 + e.Id + 100; }
                catch (InvalidOperationException) { acc = acc * 19 + 7; }
            }
        }
        return (int)((ulong)acc % 253) + 1;
    }
}
