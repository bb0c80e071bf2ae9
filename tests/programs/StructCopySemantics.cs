// Checks value semantics of structs: assignment copies, copies are independent, a struct in a class field versus a local copy of it, copies of structs holding nested structs, and reassignment of a whole struct.
struct Vec
{
    public int X, Y, Z;
    public Vec(int x, int y, int z) { X = x; Y = y; Z = z; }
}

struct Segment
{
    public Vec From, To;
    public int Id;
}

class Holder
{
    public Vec V;
    public Segment S;
}

static class Program
{
    static int s_v = 4;

    static int Main()
    {
        Vec a = new Vec(s_v, 5, 6);
        Vec b = a;
        b.X = 100;
        if (a.X != 4 || b.X != 100 || b.Y != 5) return 1;
        Segment s = new Segment();
        s.From = a;
        s.To = b;
        s.Id = 1;
        Segment t = s;
        t.From.Y = -1;
        t.Id = 2;
        if (s.From.Y != 5 || s.Id != 1 || t.From.Y != -1 || t.To.X != 100) return 2;
        a.Z = 60;
        if (s.From.Z != 6) return 3;
        Holder h = new Holder();
        h.V = a;
        Vec local = h.V;
        local.Y = 55;
        if (h.V.Y != 5) return 4;
        h.V.Y = 66;
        if (h.V.Y != 66 || local.Y != 55 || a.Y != 5) return 5;
        h.S = t;
        h.S.To.Z = 9;
        if (t.To.Z != 6 || h.S.To.Z != 9 || h.S.From.Y != -1) return 6;
        Vec c = a;
        a = new Vec(1, 2, 3);
        if (c.X != 4 || c.Z != 60 || a.X + a.Y + a.Z != 6) return 7;
        Vec[] arr = { a, b, c };
        arr[0].X = 50;
        if (a.X != 1 || arr[0].X != 50) return 8;
        return 100;
    }
}
