// Checks exceptions thrown from default interface methods and static abstract-free interface statics, caught with filters on the implementing type; expects checksum.
using System;
class IfEx : Exception { public int Src; public IfEx(int s) : base() { Src = s; } }
interface IShape {
    int Sides { get; }
    int Angle() { if (Sides < 3) throw new IfEx(Sides); return 180 * (Sides - 2) / Sides; }
    static int Validate(int n) { if (n > 8) throw new ArgumentOutOfRangeException(); return n; }
}
class Poly : IShape { public int N; public int Sides { get { return IShape.Validate(N); } } }
class Sq : IShape { public int Sides { get { return 4; } } public int Angle() { throw new NotSupportedException(); } }
class P {
    static int Main() {
        IShape[] shapes = { new Poly { N = 2 }, new Poly { N = 6 }, new Sq(), new Poly { N = 9 }, new Poly { N = 1 } };
        long acc = 0;
        for (int i = 0; i < shapes.Length; i++) {
            try { acc = acc * 7 + shapes[i].Angle(); }
            catch (IfEx e) when (e.Src == 1) { acc = acc * 11 + 1; }
            catch (IfEx e) { acc = acc * 13 + e.Src; }
            catch (NotSupportedException) { acc = acc * 17 + 3; }
            catch (ArgumentOutOfRangeException) { acc = acc * 19 + 4; }
        }
        return (int)((ulong)acc % 239) + 16;
    }
}
