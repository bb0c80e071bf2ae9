// Checks what triggers an explicit static constructor: a static method using the class's statics, a static field write, an instance creation, a static property; reading a const does not, nor does touching a base class's static through a derived name.
// (The static methods read a static field of their class: CoreCLR's optimizing JIT, inlining a static method that touches no static of its class, does not run the class's static constructor.)
class Log
{
    public static long Trace;
    public static void Add(int d) { Trace = Trace * 10 + d; }
}

class ByMethod
{
    static int s_factor;
    static ByMethod() { Log.Add(1); s_factor = 2; }
    public static int Twice(int x) { return s_factor * x; }
}

class ByWrite
{
    public static int Value;
    static ByWrite() { Log.Add(2); Value = 50; }
}

class ByNew
{
    static ByNew() { Log.Add(3); }
    public int X = 9;
}

class ByProperty
{
    static int s_p = 4;
    static ByProperty() { Log.Add(4); }
    public static int P { get { return s_p; } }
}

class WithConst
{
    public const int K = 77;
    static int s_touched;
    static WithConst() { Log.Add(5); }
    public static int Touch() { return s_touched++; }
}

class Parent
{
    public static int Shared = 6;
    static Parent() { Log.Add(6); }
}

class Child : Parent
{
    static Child() { Log.Add(7); }
    public static int Own = 1;
}

static class Program
{
    static int s_x = 21;

    static int Main()
    {
        if (Log.Trace != 0) return 1;
        if (ByMethod.Twice(s_x) != 42 || Log.Trace != 1) return 2;
        ByWrite.Value = s_x;
        if (Log.Trace != 12 || ByWrite.Value != 21) return 3;
        if (new ByNew().X != 9 || Log.Trace != 123) return 4;
        if (ByProperty.P != 4 || Log.Trace != 1234) return 5;
        if (WithConst.K + s_x != 98 || Log.Trace != 1234) return 6;
        if (Child.Shared != 6 || Log.Trace != 12346) return 7;
        if (Child.Own != 1 || Log.Trace != 123467) return 8;
        if (WithConst.Touch() != 0 || WithConst.Touch() != 1) return 9;
        if (Log.Trace != 1234675) return 10;
        return 100;
    }
}
