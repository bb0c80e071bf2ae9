// Expects an unhandled System.NullReferenceException from unboxing a null object to an own struct type; returns 100 only if nothing is thrown.
struct Point { public int X, Y; }

static class Program
{
    static object s_slot;
    static int s_sink;

    static int Main()
    {
        s_slot = new Point { X = 1, Y = 2 };
        Point p = (Point)s_slot;
        if (p.X + p.Y != 3) return 1;
        s_slot = null;
        Point q = (Point)s_slot;
        s_sink = q.X;
        return 100;
    }
}
