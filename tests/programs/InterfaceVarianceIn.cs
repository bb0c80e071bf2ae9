// Checks contravariant (in T) generic interfaces: a comparer of Animal used as a comparer of Dog, an IHandler<object> accepted where IHandler<string> is wanted, and negative is-tests in the wrong direction.
interface IComparerOf<in T>
{
    int Compare(T a, T b);
}

interface IHandler<in T>
{
    int Handle(T item);
}

class Animal
{
    public int Weight;
    public Animal(int w) { Weight = w; }
}

class Dog : Animal
{
    public Dog(int w) : base(w) { }
}

class ByWeight : IComparerOf<Animal>
{
    public int Calls;
    public int Compare(Animal a, Animal b) { Calls++; return a.Weight - b.Weight; }
}

class AnyHandler : IHandler<object>
{
    public int Handle(object o) { return o == null ? -1 : o is string ? 1 : 2; }
}

static class Program
{
    static int s_seed = 37;

    static void Sort(Dog[] dogs, IComparerOf<Dog> cmp)
    {
        for (int i = 1; i < dogs.Length; i++)
        {
            Dog d = dogs[i];
            int j = i - 1;
            while (j >= 0 && cmp.Compare(dogs[j], d) > 0) { dogs[j + 1] = dogs[j]; j--; }
            dogs[j + 1] = d;
        }
    }

    static int Main()
    {
        Dog[] dogs = new Dog[9];
        for (int i = 0; i < dogs.Length; i++) dogs[i] = new Dog((i * s_seed) % 23);
        ByWeight byWeight = new ByWeight();
        Sort(dogs, byWeight);
        for (int i = 1; i < dogs.Length; i++)
            if (dogs[i - 1].Weight > dogs[i].Weight) return 1;
        if (byWeight.Calls == 0 || dogs[0].Weight != 0 || dogs[8].Weight != 20) return 2;
        IHandler<string> hs = new AnyHandler();
        if (hs.Handle("x") != 1 || hs.Handle(null) != -1) return 3;
        object o = new ByWeight();
        if (!(o is IComparerOf<Dog>) || !(o is IComparerOf<Animal>)) return 4;
        if (o is IComparerOf<object>) return 5;
        object h = hs;
        if (!(h is IHandler<Dog>) || !(h is IHandler<int[]>)) return 6;
        IHandler<Animal> ha = (IHandler<Animal>)h;
        if (ha.Handle(new Dog(1)) != 2) return 7;
        return 100;
    }
}
