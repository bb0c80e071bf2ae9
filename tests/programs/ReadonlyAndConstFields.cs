// Checks readonly instance fields set in constructors (including through ref inside the constructor), static readonly fields set by a static constructor, and const fields used in computations.
class Circle
{
    public const int Scale = 1000;
    public static readonly int PiScaled;
    public static readonly Circle Unit;
    public readonly int Radius;
    public readonly int Area;

    static Circle()
    {
        PiScaled = 3141;
        Unit = new Circle(1);
    }

    public Circle(int radius)
    {
        Radius = radius;
        Init(ref Area, radius);
    }

    static void Init(ref int area, int r)
    {
        area = PiScaled * r * r / Scale;
    }
}

static class Program
{
    static int s_r = 10;

    static int Main()
    {
        Circle c = new Circle(s_r);
        if (c.Radius != 10 || c.Area != 314) return 1;
        if (Circle.Unit.Radius != 1 || Circle.Unit.Area != 3) return 2;
        if (Circle.PiScaled != 3141) return 3;
        int total = 0;
        for (int r = 1; r <= s_r; r++) total += new Circle(r).Area;
        // sum over r of floor(3141 r^2 / 1000)
        if (total != 1206) return 4;
        if (Circle.Scale * s_r != 10000) return 5;
        Circle big = new Circle(s_r * 10);
        if (big.Area != 31410) return 6;
        return 100;
    }
}
