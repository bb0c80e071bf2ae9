// The importer on value types: struct locals and arguments in the frame, copies, `this` as a byref, struct
// returns through a buffer, initobj, and a field of a struct field.
struct Point
{
    public int X, Y;
    public Point(int x, int y) { X = x; Y = y; }
    public int Sum() => X + Y;
}
struct Line { public Point A, B; }

static class Program
{
    static Point Mid(Point a, Point b) => new Point((a.X + b.X) / 2, (a.Y + b.Y) / 2);
    static int Copy(Point p) { Point q = p; q.X = 9; return p.X + q.X; }
    static int Nested(Line l) => l.A.X + l.B.Y;
    static int Call(Point p) => p.Sum();
    static Point Default() => default;

    static int Main()
    {
        var l = new Line { A = new Point(1, 2), B = new Point(3, 4) };
        return Mid(l.A, l.B).X + Copy(l.A) + Nested(l) + Call(l.B) + Default().X;
    }
}
