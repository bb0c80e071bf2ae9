// Checks is/as/explicit casts to interfaces: success and failure with as, is with pattern variables, interface-to-interface casts on unrelated interfaces of one object, null handling, and a class that implements an interface only through its base.
interface IFly { int Altitude(); }
interface ISwim { int Depth(); }
interface IWalk { int Speed(); }

class Duck : IFly, ISwim, IWalk
{
    public int Altitude() { return 100; }
    public int Depth() { return 1; }
    public int Speed() { return 3; }
}

class Fish : ISwim { public int Depth() { return 50; } }
class Penguin : IWalk, ISwim
{
    public int Speed() { return 1; }
    public int Depth() { return 20; }
}
class BabyDuck : Duck { }

static class Program
{
    static int s_count = 4;

    static int Score(object o)
    {
        int s = 0;
        IFly f = o as IFly;
        if (f != null) s += f.Altitude();
        if (o is ISwim sw) s += sw.Depth() * 10;
        if (o is IWalk w && w.Speed() > 2) s += 1000;
        return s;
    }

    static int Main()
    {
        object[] zoo = new object[s_count + 1];
        zoo[0] = new Duck();
        zoo[1] = new Fish();
        zoo[2] = new Penguin();
        zoo[3] = new BabyDuck();
        zoo[4] = "not an animal";
        int[] expected = { 1110, 500, 200, 1110, 0 };
        for (int i = 0; i < zoo.Length; i++)
            if (Score(zoo[i]) != expected[i]) return 1 + i;
        ISwim swimmer = (ISwim)zoo[2];
        IWalk walker = swimmer as IWalk;
        if (walker == null || walker.Speed() != 1) return 10;
        if (swimmer as IFly != null) return 11;
        ISwim nothing = null;
        if (nothing is ISwim || (nothing as IWalk) != null || (IWalk)(object)nothing != null) return 12;
        IFly fromBase = zoo[3] as IFly;
        if (fromBase == null || ((IWalk)fromBase).Speed() != 3) return 13;
        return 100;
    }
}
