// Checks base(...) constructor calls across three levels: argument expressions evaluated before the base constructor, base bodies running before derived bodies, and each level seeing the fields the previous levels set.
class Log
{
    public static long Trace;
    public static int Add(int d) { Trace = Trace * 10 + d; return d; }
}

class Vehicle
{
    public int Wheels;
    public int Seen;

    public Vehicle(int wheels)
    {
        Log.Add(3);
        Wheels = wheels;
    }
}

class Car : Vehicle
{
    public int Doors;

    public Car(int doors) : base(Log.Add(2) + 2)
    {
        Log.Add(4);
        Seen = Wheels;
        Doors = doors;
    }
}

class SportsCar : Car
{
    public int Top;

    public SportsCar(int top) : base(Log.Add(1) + 1)
    {
        Log.Add(5);
        Top = top + Wheels * 10 + Doors;
    }

    public SportsCar() : this(Log.Add(9) * 0)
    {
        Log.Add(6);
    }
}

static class Program
{
    static int s_top = 300;

    static int Main()
    {
        Log.Trace = 0;
        SportsCar s = new SportsCar(s_top);
        if (Log.Trace != 12345) return 1;
        if (s.Wheels != 4 || s.Doors != 2 || s.Seen != 4) return 2;
        if (s.Top != 342) return 3;
        Log.Trace = 0;
        SportsCar z = new SportsCar();
        if (Log.Trace != 9123456) return 4;
        if (z.Top != 42) return 5;
        Log.Trace = 0;
        Vehicle v = new Car(5);
        if (Log.Trace != 234 || v.Wheels != 4 || ((Car)v).Doors != 5) return 6;
        return 100;
    }
}
