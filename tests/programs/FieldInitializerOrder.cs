// Checks the order of instance initialization: a derived class's field initializers run before the base constructor call, then the base's initializers, base body, derived body; initializers run in textual order.
class Log
{
    public static long Trace;
    public static int Add(int d) { Trace = Trace * 10 + d; return d; }
}

class Base
{
    public int B1 = Log.Add(3);
    public int B2 = Log.Add(4);
    public int BaseSawDerived;

    public Base()
    {
        Log.Add(5);
        BaseSawDerived = Peek();
    }

    protected virtual int Peek() { return -1; }
}

class Derived : Base
{
    public int D1 = Log.Add(1);
    public int D2 = Log.Add(2);
    public int D3;

    public Derived()
    {
        Log.Add(6);
        D3 = D1 + D2 + B1 + B2;
    }

    protected override int Peek() { return D1 * 10 + D2 + D3; }
}

class MoreDerived : Derived
{
    public int M1 = Log.Add(7);

    public MoreDerived() { Log.Add(8); }
}

static class Program
{
    static int Main()
    {
        Log.Trace = 0;
        Derived d = new Derived();
        if (Log.Trace != 123456) return 1;
        // The base constructor saw the derived initializers (12) but not the derived body's D3 (still 0).
        if (d.BaseSawDerived != 12) return 2;
        if (d.D3 != 10) return 3;
        Log.Trace = 0;
        MoreDerived m = new MoreDerived();
        if (Log.Trace != 71234568) return 4;
        if (m.M1 != 7 || m.D3 != 10 || m.BaseSawDerived != 12) return 5;
        Log.Trace = 0;
        Base b = new Base();
        if (Log.Trace != 345 || b.BaseSawDerived != -1) return 6;
        return 100;
    }
}
