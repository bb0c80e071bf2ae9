// Checks that overload resolution uses static types while overriding uses the dynamic type: overloads taking base and derived parameters, virtual overloads overridden separately, and an override that calls a different overload.
class Animal { }
class Cat : Animal { }

class Keeper
{
    public virtual int Feed(Animal a) { return 1; }
    public virtual int Feed(Cat c) { return 2; }
    public int Feed(object o) { return 3; }
    public virtual int Feed(int n) { return 4; }
    public virtual int Feed(long n) { return 5; }
}

class NightKeeper : Keeper
{
    public override int Feed(Animal a) { return 10 + Feed((object)a); }
    public override int Feed(long n) { return 50; }
}

static class Program
{
    static int s_i = 1;

    static int Main()
    {
        Keeper k = new Keeper();
        Animal asAnimal = new Cat();
        Cat cat = new Cat();
        if (k.Feed(asAnimal) != 1 || k.Feed(cat) != 2 || k.Feed((object)cat) != 3) return 1;
        if (k.Feed(s_i) != 4 || k.Feed((long)s_i) != 5 || k.Feed((short)s_i) != 4) return 2;
        Keeper n = new NightKeeper();
        if (n.Feed(asAnimal) != 13 || n.Feed(cat) != 2) return 3;
        if (n.Feed(s_i) != 4 || n.Feed(5L) != 50) return 4;
        if (n.Feed("text") != 3) return 5;
        return 100;
    }
}
