// Checks structs returned from virtual, interface and generic methods and passed to them: the caller gets its own copy, large and small structs alike, and a struct held in an object returned by value.
struct Box3 { public int A, B, C; }
struct Wide { public long X, Y, Z, W; }

interface ISource { Box3 Get(); Wide GetWide(Wide seed); }

class Base : ISource
{
    protected Box3 _b;
    public Base(int v) { _b.A = v; _b.B = v * 2; _b.C = v * 3; }
    public virtual Box3 Get() { return _b; }
    public virtual Wide GetWide(Wide seed) { seed.X += _b.A; return seed; }
}

class Derived : Base
{
    public Derived(int v) : base(v) { }
    public override Box3 Get() { Box3 b = base.Get(); b.C = -1; return b; }
    public override Wide GetWide(Wide seed) { Wide w = base.GetWide(seed); w.W = 99; return w; }
}

static class Program
{
    static int s_v = 5;

    static T Identity<T>(T v) { return v; }

    static int Main()
    {
        Base b = new Base(s_v);
        Box3 got = b.Get();
        got.A = 1000;
        if (b.Get().A != 5 || b.Get().C != 15) return 1;
        ISource src = new Derived(s_v);
        Box3 d = src.Get();
        if (d.A != 5 || d.B != 10 || d.C != -1) return 2;
        Wide seed = new Wide { X = 1, Y = 2, Z = 3, W = 4 };
        Wide w1 = src.GetWide(seed);
        if (seed.X != 1 || seed.W != 4 || w1.X != 6 || w1.W != 99 || w1.Z != 3) return 3;
        Wide w2 = b.GetWide(w1);
        if (w2.X != 11 || w2.W != 99) return 4;
        Box3 same = Identity(d);
        same.B = 0;
        if (d.B != 10 || Identity(d).B != 10) return 5;
        Wide wi = Identity(w2);
        if (wi.X != 11 || wi.Y != 2) return 6;
        return 100;
    }
}
