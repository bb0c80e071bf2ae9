// Checks virtual methods declared in a generic base class and overridden in closed and open derived classes: Repository<T> with overridable validation and key extraction, used for reference and value type arguments.
abstract class Repository<T>
{
    T[] _items = new T[16];
    int _n;

    public bool Add(T item)
    {
        if (!Valid(item)) return false;
        _items[_n++] = item;
        return true;
    }

    public int Count { get { return _n; } }
    public T At(int i) { return _items[i]; }
    protected virtual bool Valid(T item) { return true; }
    public abstract int Key(T item);

    public int KeySum()
    {
        int s = 0;
        for (int i = 0; i < _n; i++) s += Key(_items[i]);
        return s;
    }
}

class Person
{
    public string Name;
    public int Age;
    public Person(string n, int a) { Name = n; Age = a; }
}

class People : Repository<Person>
{
    protected override bool Valid(Person p) { return p != null && p.Age >= 0; }
    public override int Key(Person p) { return p.Name.Length * 100 + p.Age; }
}

class Evens : Repository<int>
{
    protected override bool Valid(int v) { return v % 2 == 0; }
    public override int Key(int v) { return v / 2; }
}

class Wrapped<U> : Repository<U[]>
{
    public override int Key(U[] item) { return item.Length; }
    protected override bool Valid(U[] item) { return item != null; }
}

static class Program
{
    static int s_n = 10;

    static int Main()
    {
        People people = new People();
        people.Add(new Person("ann", 31));
        if (people.Add(null) || people.Add(new Person("neg", -1))) return 1;
        people.Add(new Person("bob", 25));
        if (people.Count != 2 || people.KeySum() != 656) return 2;
        Repository<Person> asBase = people;
        if (asBase.Key(asBase.At(1)) != 325) return 3;
        Evens evens = new Evens();
        for (int i = 0; i < s_n; i++) evens.Add(i);
        if (evens.Count != 5 || evens.KeySum() != 10) return 4;
        Wrapped<string> w = new Wrapped<string>();
        w.Add(new string[3]);
        w.Add(null);
        w.Add(new string[s_n]);
        if (w.Count != 2 || w.KeySum() != 13) return 5;
        Wrapped<long> wl = new Wrapped<long>();
        wl.Add(new long[4]);
        if (wl.KeySum() != 4 || wl.At(0).Length != 4) return 6;
        return 100;
    }
}
