// Checks base.M() calls: each level adds to the result of its base, a base call that skips a level without an override, base calls to properties and to overridden ToString, and base calls made on a non-this path.
class Layer0
{
    public virtual int Cost(int x) { return x; }
    public virtual int Weight { get { return 1; } }
    public override string ToString() { return "0"; }
}

class Layer1 : Layer0
{
    public override int Cost(int x) { return base.Cost(x) * 2; }
    public override int Weight { get { return base.Weight + 10; } }
    public override string ToString() { return base.ToString() + "1"; }
}

class Layer2 : Layer1
{
    public override string ToString() { return base.ToString() + "2"; }
}

class Layer3 : Layer2
{
    public override int Cost(int x) { return base.Cost(x + 1) + 3; }
    public override int Weight { get { return base.Weight * 100; } }
    public override string ToString() { return base.ToString() + "3"; }
    public int Both(int x) { return base.Cost(x) * 1000 + Cost(x); }
}

class Layer4 : Layer3
{
    public override int Cost(int x) { return 7; }
}

static class Program
{
    static int s_x = 5;

    static int Main()
    {
        Layer0 l3 = new Layer3();
        if (l3.Cost(s_x) != 15) return 1;
        if (l3.Weight != 1100) return 2;
        if (l3.ToString() != "0123") return 3;
        if (new Layer2().Cost(s_x) != 10) return 4;
        if (new Layer2().Weight != 11) return 5;
        Layer3 l4 = new Layer4();
        if (l4.Both(s_x) != 10007) return 6;
        if (((Layer3)l3).Both(s_x) != 10015) return 7;
        if (l4.ToString() != "0123") return 8;
        return 100;
    }
}
