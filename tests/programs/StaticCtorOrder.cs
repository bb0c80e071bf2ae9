// Checks nested static constructor order: touching C runs C's cctor, which touches B, which touches A; starts and ends are logged.
static class Log
{
    public static int Value;

    public static void Add(int digit)
    {
        Value = Value * 10 + digit;
    }
}

static class A
{
    public static int X;

    static A()
    {
        Log.Add(1);
        X = 10;
        Log.Add(5);
    }
}

static class B
{
    public static int X;

    static B()
    {
        Log.Add(2);
        X = A.X + 20;
        Log.Add(6);
    }
}

static class C
{
    public static int X;

    static C()
    {
        Log.Add(3);
        X = B.X + 30;
        Log.Add(7);
    }
}

static class Program
{
    static int Main()
    {
        if (Log.Value != 0) return 1;
        int c = C.X;
        if (c != 60) return 2;
        if (Log.Value != 321567) return 3;
        if (A.X != 10 || B.X != 30) return 4;
        if (Log.Value != 321567) return 5;
        return 100;
    }
}
