// Checks patterns on structs: is S s on boxed structs, property patterns on struct values without boxing, positional deconstruction-free nested property patterns, and switch expressions returning structs.
struct Point { public int X, Y; }
struct Line { public Point A, B; }

static class Program
{
    static int s_x = 2;

    static string Where(Point p) => p switch
    {
        { X: 0, Y: 0 } => "origin",
        { X: 0 } => "y-axis",
        { Y: 0 } => "x-axis",
        { X: > 0, Y: > 0 } => "first",
        _ => "elsewhere",
    };

    static bool Vertical(Line l) => l is { A: { X: var ax }, B: { X: var bx } } && ax == bx;

    static Point Mirror(object o) => o switch
    {
        Point p => new Point { X = -p.X, Y = p.Y },
        Line l => new Point { X = l.A.X, Y = l.B.Y },
        _ => new Point { X = 99, Y = 99 },
    };

    static int Main()
    {
        Point[] ps = { new Point(), new Point { Y = 3 }, new Point { X = s_x }, new Point { X = 1, Y = 1 }, new Point { X = -1, Y = 5 } };
        string all = "";
        foreach (Point p in ps) all = all + Where(p) + ",";
        if (all != "origin,y-axis,x-axis,first,elsewhere,") return 1;
        Line l = new Line { A = new Point { X = s_x, Y = 0 }, B = new Point { X = 2, Y = 9 } };
        if (!Vertical(l)) return 2;
        l.B.X = 3;
        if (Vertical(l)) return 3;
        object boxed = ps[3];
        if (!(boxed is Point q) || q.X != 1) return 4;
        if (boxed is Line) return 5;
        Point m = Mirror(boxed);
        if (m.X != -1 || m.Y != 1) return 6;
        Point ml = Mirror(l);
        if (ml.X != 2 || ml.Y != 9) return 7;
        if (Mirror("x").X != 99) return 8;
        return 100;
    }
}
