// Checks covariant (out T) generic interfaces: an IProducer<string> used as IProducer<object>, calls through the variant reference, is/as tests that succeed by variance, and value-type arguments that are not variant.
interface IProducer<out T>
{
    T Produce(int i);
}

class Animal { public int Legs = 4; }
class Bird : Animal { public Bird() { Legs = 2; } }

class Names : IProducer<string>
{
    public string Produce(int i) { return i % 2 == 0 ? "even" : "odd"; }
}

class Birds : IProducer<Bird>
{
    public Bird Produce(int i) { return new Bird(); }
}

class Numbers : IProducer<int>
{
    public int Produce(int i) { return i * i; }
}

static class Program
{
    static int s_i = 3;

    static int CountLegs(IProducer<Animal> p, int n)
    {
        int legs = 0;
        for (int i = 0; i < n; i++) legs += p.Produce(i).Legs;
        return legs;
    }

    static int Main()
    {
        IProducer<string> names = new Names();
        IProducer<object> objects = names;
        if ((string)objects.Produce(s_i) != "odd") return 1;
        object o = new Birds();
        if (!(o is IProducer<Animal>) || !(o is IProducer<object>) || !(o is IProducer<Bird>)) return 2;
        if (CountLegs((IProducer<Animal>)o, 5) != 10) return 3;
        IProducer<Animal> animals = o as IProducer<Animal>;
        if (animals == null || animals.Produce(0).Legs != 2) return 4;
        object n = new Numbers();
        if (n is IProducer<object>) return 5;
        if (!(n is IProducer<int>) || n is IProducer<long>) return 6;
        if ((object)names is IProducer<Animal>) return 7;
        IProducer<object>[] mixed = { names, new Birds() };
        if (!(mixed[1].Produce(0) is Bird) || !(mixed[0].Produce(2) is string)) return 8;
        return 100;
    }
}
