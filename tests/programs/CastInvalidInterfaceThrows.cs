// Expects an unhandled System.InvalidCastException from casting an object to an interface its class does not implement; returns 100 only if nothing is thrown.
interface IFly { int Altitude(); }
interface ISwim { int Depth(); }
class Duck : IFly, ISwim { public int Altitude() { return 10; } public int Depth() { return 1; } }
class Fish : ISwim { public int Depth() { return 50; } }

static class Program
{
    static object[] s_animals = { new Duck(), new Fish() };
    static int s_sink;

    static int Main()
    {
        int depth = 0;
        foreach (object o in s_animals) depth += ((ISwim)o).Depth();
        if (depth != 51) return 1;
        int alt = 0;
        foreach (object o in s_animals) alt += ((IFly)o).Altitude();
        s_sink = alt;
        return 100;
    }
}
