// The importer on objects: allocation and constructor calls, instance fields (with and without null checks),
// virtual and interface calls, casts, boxing and unboxing, string literals.
interface IShape { int Area(); }
class Rect : IShape
{
    public int W, H;
    public Rect(int w, int h) { W = w; H = h; }
    public virtual int Area() => W * H;
}
class Square : Rect { public Square(int s) : base(s, s) { } public override int Area() => W * W; }

static class Program
{
    static int Fields(Rect r) => r.W + r.H;
    static int Virtual(Rect r) => r.Area();
    static int Interface(IShape s) => s.Area();
    static Rect Make() => new Square(3);
    static Square Cast(object o) => (Square)o;
    static bool Test(object o) => o is IShape;
    static object Box(int i) => i;
    static int Unbox(object o) => (int)o;
    static string Literal() => "hello";

    static int Main()
    {
        Rect r = Make();
        return Fields(r) + Virtual(r) + Interface(r) + Cast(r).W + (Test(r) ? 1 : 0) + Unbox(Box(1)) + Literal().Length;
    }
}
