// Checks an exception thrown 300 frames deep through alternating virtual/interface/static/generic recursion, caught at the top, each frame's non-matching catch skipped; expects 300-based code.
using System;
interface IStep { int Go(int n); }
class Leaf : Exception { public int N; public Leaf(int n) : base() { N = n; } }
class A : IStep { public virtual int Go(int n) { try { return P.Next(n - 1) + 1; } catch (FormatException) { return -1000; } } }
class B : A { public override int Go(int n) { if (n <= 0) throw new Leaf(P.frames); P.frames++; return base.Go(n) + 2; } }
class P {
    public static int frames;
    static IStep[] steps = { new B(), new B() };
    public static int Next(int n) { return Gen<int>(n); }
    static int Gen<T>(int n) { try { return steps[n & 1].Go(n); } catch (ArgumentException) { return -2000; } }
    static int Main() {
        int r = 0;
        try { r = Next(300); } catch (Leaf l) { r = l.N; }
        return r - 100 + frames / 300; // 301 frames counted -> r=301? computed by CoreCLR
    }
}
