// Checks explicit static constructors of instantiable classes: they run once, before the first instance or static access, with static field initializers first; a derived class's static constructor runs before its base's when it is the derived class that is created.
class Log
{
    public static long Trace;
    public static int Add(int d) { Trace = Trace * 10 + d; return d; }
}

class Base
{
    public static int BaseStatic = Log.Add(1);
    public int FromStatic;

    static Base() { Log.Add(2); }

    public Base() { FromStatic = BaseStatic; }
}

class Derived : Base
{
    public static int DerivedStatic = Log.Add(3);

    static Derived() { Log.Add(4); }

    public Derived() { Log.Add(5); }
}

class Lonely
{
    public static int Count;
    static Lonely() { Log.Add(7); Count = 100; }
    public Lonely() { Count++; }
    public static int Peek() { return Count; }
}

static class Program
{
    static int Main()
    {
        if (Log.Trace != 0) return 1;
        Derived d = new Derived();
        // Derived's cctor runs as the object is created, Base's when Base's constructor is entered.
        if (Log.Trace != 34125) return 2;
        if (d.FromStatic != 1) return 3;
        new Derived();
        if (Log.Trace != 341255) return 4;
        Log.Trace = 0;
        if (Lonely.Peek() != 100 || Log.Trace != 7) return 5;
        new Lonely();
        new Lonely();
        if (Lonely.Count != 102 || Log.Trace != 7) return 6;
        if (Base.BaseStatic != 1 || Derived.DerivedStatic != 3) return 7;
        return 100;
    }
}
