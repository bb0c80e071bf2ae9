// Static constructor timing: explicit static constructors run exactly at first use (static field, static method, instance creation) after the field initializers, base/derived order with instance constructors, per-instantiation generic static constructors, cycles seeing default values, TypeInitializationException on every access, and beforefieldinit initializers observed only by their results.
using System;
using System.Collections.Generic;

static class Trace
{
    public static readonly List<string> Quiet = new List<string>();
    public static int Say(string what, int value)
    {
        Console.WriteLine("  " + what);
        return value;
    }
    public static int Note(string what, int value)
    {
        Quiet.Add(what);
        return value;
    }
}

class Precise
{
    public static int Value = Trace.Say("Precise.Value initializer", 7);
    static Precise() { Console.WriteLine("  Precise static ctor, Value=" + Value); }
    public static string Hello() => "hello from Precise";
}

class ByMethod { static ByMethod() { Console.WriteLine("  ByMethod static ctor"); } public static string Run() => "ByMethod.Run"; }

class Parent
{
    static readonly int P = Trace.Say("Parent static field", 1);
    static Parent() { Console.WriteLine("  Parent static ctor " + P); }
    public Parent() { Console.WriteLine("  Parent instance ctor"); }
}

class Child : Parent
{
    static readonly int C = Trace.Say("Child static field", 2);
    private readonly int _i = Trace.Say("Child instance field", 3);
    static Child() { Console.WriteLine("  Child static ctor " + C); }
    public Child() { Console.WriteLine("  Child instance ctor " + _i); }
}

class PerType<T>
{
    public static readonly string Name;
    static PerType()
    {
        Name = typeof(T).Name;
        Console.WriteLine("  PerType<" + Name + "> static ctor");
    }
}

class CycleA { public static int X = 10; static CycleA() { Console.WriteLine("  CycleA static ctor, B.Y=" + CycleB.Y); } }

class CycleB { public static int Y = CycleA.X + 1; static CycleB() { Console.WriteLine("  CycleB static ctor, A.X=" + CycleA.X); } }

class Broken
{
    public static int Value = Fail();
    static Broken() { }
    static int Fail() => throw new InvalidOperationException("cannot initialize");
}

struct Point
{
    public static readonly Point Origin = new Point(0, 0);
    public int X, Y;
    static Point() { Console.WriteLine("  Point static ctor"); }
    public Point(int x, int y) { X = x; Y = y; }
    public int Sum() => X + Y;
}

class Relaxed { public static readonly int A = Trace.Note("Relaxed.A", 5); public static readonly int B = Trace.Note("Relaxed.B", A * 2); }

class StaticConstructorOrder
{
    static int Main()
    {
        Console.WriteLine("start");
        Console.WriteLine("before Precise.Value");
        Console.WriteLine("Precise.Value = " + Precise.Value);
        Console.WriteLine("again: " + Precise.Value + " " + Precise.Hello());
        Console.WriteLine("before ByMethod.Run");
        Console.WriteLine(ByMethod.Run());
        Console.WriteLine("before new Child()");
        new Child();
        Console.WriteLine("second new Child()");
        new Child();
        Console.WriteLine("before PerType<int>");
        Console.WriteLine(PerType<int>.Name + " " + PerType<string>.Name + " " + PerType<int>.Name + " " + PerType<List<int>>.Name);
        Console.WriteLine("before CycleA");
        Console.WriteLine("CycleA.X=" + CycleA.X + " CycleB.Y=" + CycleB.Y);
        for (int i = 0; i < 2; i++)
        {
            try
            {
                Console.WriteLine(Broken.Value);
            }
            catch (TypeInitializationException e)
            {
                Console.WriteLine("attempt " + i + ": " + e.GetType().Name + ": " + e.Message + " TypeName=" + e.TypeName + " inner " + e.InnerException.GetType().Name + ": " + e.InnerException.Message);
            }
        }
        Console.WriteLine("default(Point) does not need the static ctor: " + default(Point).X);
        Console.WriteLine("before new Point(2, 3)");
        var p = new Point(2, 3);
        Console.WriteLine("Sum " + p.Sum() + " Origin " + Point.Origin.Sum());
        Console.WriteLine("Relaxed.B = " + Relaxed.B + " Relaxed.A = " + Relaxed.A);
        Console.WriteLine("relaxed initializers ran in order: " + string.Join(",", Trace.Quiet));
        Console.WriteLine("end");
        return 0;
    }
}
