// Checks delegates to virtual methods: a delegate made from a base-typed reference calls the override (also two levels down and for an abstract method), a sealed override, and a delegate to base.Method made inside the override calls the base implementation.
abstract class Shape
{
    public abstract int Area();
    public virtual int Sides() { return 0; }
    public virtual string Name() { return "shape"; }
}

class Rect : Shape
{
    public int W, H;
    public Rect(int w, int h) { W = w; H = h; }
    public override int Area() { return W * H; }
    public override int Sides() { return 4; }
    public override string Name() { return "rect"; }
    public System.Func<string> BaseName() { return base.Name; }
}

class Square : Rect
{
    public Square(int s) : base(s, s) { }
    public sealed override string Name() { return "square"; }
    public System.Func<string> ParentName() { return base.Name; }
    public System.Func<int> ParentSides() { return base.Sides; }
}

class Tri : Shape
{
    public int B, H;
    public Tri(int b, int h) { B = b; H = h; }
    public override int Area() { return B * H / 2; }
    public override int Sides() { return 3; }
}

static class Program
{
    static int s_n = 6;

    static int Main()
    {
        Shape s = new Rect(s_n, 2);
        System.Func<int> area = s.Area;
        if (area() != 12) return 1;
        System.Func<string> name = s.Name;
        if (name() != "rect") return 2;
        Shape sq = new Square(s_n);
        System.Func<string> sqName = sq.Name;
        System.Func<int> sqSides = sq.Sides;
        if (sqName() != "square" || sqSides() != 4) return 3;
        Rect asRect = (Rect)sq;
        System.Func<string> viaRect = asRect.Name;
        if (viaRect() != "square") return 4;
        if (((Square)sq).ParentName()() != "rect") return 5;
        if (((Square)sq).ParentSides()() != 4) return 6;
        if (asRect.BaseName()() != "shape") return 7;
        Shape t = new Tri(s_n, 5);
        System.Func<string> tName = t.Name;
        if (tName() != "shape") return 8;
        Shape[] all = { s, sq, t };
        System.Func<int>[] areas = new System.Func<int>[all.Length];
        for (int i = 0; i < all.Length; i++) areas[i] = all[i].Area;
        int total = 0;
        for (int i = 0; i < areas.Length; i++) total = total * 100 + areas[i]();
        if (total != 123615) return 9;
        return 100;
    }
}
