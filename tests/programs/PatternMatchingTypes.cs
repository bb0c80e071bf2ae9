// Checks type patterns with designations: is T x with conditions, is not null, negated patterns in conditions, patterns on fields and array elements, and pattern variables used after the if.
class Shape { }
class Circle : Shape { public int R; }
class Rect : Shape { public int W, H; }
class Square : Rect { }

static class Program
{
    static int s_r = 3;

    static int Area(Shape s)
    {
        if (s is Square sq) return sq.W * sq.W + 1000;
        if (s is Rect r && r.W > 0) return r.W * r.H;
        if (s is Circle c) return 3 * c.R * c.R;
        return -1;
    }

    static int Main()
    {
        Shape[] shapes = { new Circle { R = s_r }, new Rect { W = 2, H = 5 }, new Square { W = 4, H = 4 }, new Rect { W = 0, H = 9 }, null, new Shape() };
        int[] expected = { 27, 10, 1016, -1, -1, -1 };
        for (int i = 0; i < shapes.Length; i++) if (Area(shapes[i]) != expected[i]) return 1 + i;
        int notNull = 0;
        foreach (Shape s in shapes) if (s is not null) notNull++;
        if (notNull != 5) return 10;
        if (!(shapes[0] is Circle { R: 3 })) return 11;
        if (shapes[1] is not Rect rr) return 12;
        if (rr.H != 5) return 13;
        object o = shapes[2];
        if (o is Rect { W: 4 } r4 && r4 is Square) { } else return 14;
        if (o is not Shape) return 15;
        if (shapes[4] is Shape) return 16;
        return 100;
    }
}
