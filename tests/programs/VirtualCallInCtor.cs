// Checks virtual calls made from a base constructor: they dispatch to the most derived override, which sees zeroed derived fields (set only in the derived body) and initialized ones, and can write derived fields the derived body later overwrites.
abstract class Shape
{
    public int Area;
    public string Described;

    protected Shape()
    {
        Area = ComputeArea();
        Described = Describe();
    }

    protected abstract int ComputeArea();
    protected virtual string Describe() { return "shape"; }
}

class Square : Shape
{
    int _side;
    int _fromInit = 5;
    public int Calls;

    public Square(int side)
    {
        _side = side;
        Calls += 10;
    }

    protected override int ComputeArea()
    {
        Calls++;
        return _side * _side + _fromInit;
    }

    protected override string Describe() { return _side == 0 ? "square(unset)" : "square"; }

    public int Recompute() { return ComputeArea(); }
}

class Blob : Shape
{
    protected override int ComputeArea() { return 7; }
}

static class Program
{
    static int s_side = 6;

    static int Main()
    {
        Square s = new Square(s_side);
        if (s.Area != 5) return 1;
        if (s.Described != "square(unset)") return 2;
        if (s.Calls != 11) return 3;
        if (s.Recompute() != 41 || s.Calls != 12) return 4;
        Shape b = new Blob();
        if (b.Area != 7 || b.Described != "shape") return 5;
        return 100;
    }
}
