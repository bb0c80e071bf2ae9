// Checks virtual dispatch over a small shape hierarchy: abstract area/perimeter overridden per shape, calls through base references in an array, and a base method calling virtual members.
abstract class Shape
{
    public abstract long Area();
    public abstract long Perimeter();
    public virtual int Corners() { return 0; }
    public long Score() { return Area() * 10 + Perimeter() + Corners(); }
}

class Rect : Shape
{
    protected long W, H;
    public Rect(long w, long h) { W = w; H = h; }
    public override long Area() { return W * H; }
    public override long Perimeter() { return 2 * (W + H); }
    public override int Corners() { return 4; }
}

class Square : Rect
{
    public Square(long s) : base(s, s) { }
    public override long Perimeter() { return 4 * W; }
}

class Triangle : Shape
{
    long _a, _b, _c, _h;
    public Triangle(long a, long b, long c, long h) { _a = a; _b = b; _c = c; _h = h; }
    public override long Area() { return _a * _h / 2; }
    public override long Perimeter() { return _a + _b + _c; }
    public override int Corners() { return 3; }
}

class Circle : Shape
{
    long _r;
    public Circle(long r) { _r = r; }
    public override long Area() { return 314 * _r * _r / 100; }
    public override long Perimeter() { return 628 * _r / 100; }
}

static class Program
{
    static int s_k = 2;

    static int Main()
    {
        Shape[] shapes = { new Rect(3, s_k), new Square(s_k + 3), new Triangle(6, 5, 5, 4), new Circle(s_k * 5), new Square(1) };
        long[] areas = { 6, 25, 12, 314, 1 };
        long[] perims = { 10, 20, 16, 62, 4 };
        int[] corners = { 4, 4, 3, 0, 4 };
        for (int i = 0; i < shapes.Length; i++)
        {
            if (shapes[i].Area() != areas[i]) return 1 + i;
            if (shapes[i].Perimeter() != perims[i]) return 10 + i;
            if (shapes[i].Corners() != corners[i]) return 20 + i;
            if (shapes[i].Score() != areas[i] * 10 + perims[i] + corners[i]) return 30 + i;
        }
        long total = 0;
        foreach (Shape s in shapes) total += s.Area();
        if (total != 358) return 40;
        Rect r = new Square(7);
        if (r.Perimeter() != 28 || r.Area() != 49) return 41;
        return 100;
    }
}
