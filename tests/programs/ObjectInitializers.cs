// Checks object initializer syntax: fields and properties set after the constructor runs, nested member initializers on an existing sub-object, initializers in expressions and arrays, and evaluation order.
class Log
{
    public static int Trace;
    public static int Next(int digit) { Trace = Trace * 10 + digit; return digit; }
}

class Inner
{
    public int A;
    public int B;
}

class Outer
{
    public int X;
    public int Y { get; set; }
    public Inner Child = new Inner();
    public Inner Other;
    public string Tag = "default";
    public int FromCtor;

    public Outer() { FromCtor = X + 7; }
    public Outer(int x) { X = x; FromCtor = x * 2; }
}

static class Program
{
    static int s_v = 3;

    static int Sum(Outer o) { return o.X + o.Y + o.Child.A + o.Child.B; }

    static int Main()
    {
        Outer a = new Outer { X = s_v, Y = s_v * 2 };
        if (a.X != 3 || a.Y != 6 || a.FromCtor != 7 || a.Tag != "default") return 1;
        Outer b = new Outer(s_v) { Y = 1, Child = { A = 10, B = 20 }, Tag = "b" };
        if (b.X != 3 || b.FromCtor != 6 || b.Child.A != 10 || b.Child.B != 20 || b.Tag != "b") return 2;
        if (Sum(new Outer { X = 1, Other = new Inner { A = 5 } }) != 1) return 3;
        Outer[] arr = { new Outer { X = 1 }, new Outer(2) { X = 5 }, new Outer { Child = { B = 9 } } };
        if (arr[0].X != 1 || arr[1].X != 5 || arr[1].FromCtor != 4 || arr[2].Child.B != 9) return 4;
        Log.Trace = 0;
        Outer c = new Outer(Log.Next(1)) { Y = Log.Next(2), X = Log.Next(3), Child = { A = Log.Next(4) } };
        if (Log.Trace != 1234) return 5;
        if (c.X != 3 || c.FromCtor != 2 || c.Y != 2 || c.Child.A != 4) return 6;
        Inner shared = new Inner { A = 1, B = 2 };
        Outer d = new Outer { Other = shared, Child = shared };
        d.Other.A = 50;
        if (d.Child.A != 50 || shared.A != 50) return 7;
        return 100;
    }
}
