// Checks generic structs: Pair<A, B> and Option<T> over value and reference types, nested generic structs, generic struct arrays, and methods producing new instantiations.
struct Pair<A, B>
{
    public A First;
    public B Second;
    public Pair(A a, B b) { First = a; Second = b; }
    public Pair<B, A> Swap() { return new Pair<B, A>(Second, First); }
}

struct Option<T>
{
    readonly bool _has;
    readonly T _value;
    public Option(T value) { _has = true; _value = value; }
    public bool HasValue { get { return _has; } }
    public T Or(T fallback) { return _has ? _value : fallback; }
}

static class Program
{
    static int s_n = 6;

    static Option<int> Find(Pair<string, int>[] table, string key)
    {
        foreach (Pair<string, int> p in table) if (p.First == key) return new Option<int>(p.Second);
        return new Option<int>();
    }

    static int Main()
    {
        Pair<int, string> p = new Pair<int, string>(s_n, "six");
        Pair<string, int> q = p.Swap();
        if (q.First != "six" || q.Second != 6 || p.First != 6) return 1;
        Pair<Pair<int, string>, long> nested = new Pair<Pair<int, string>, long>(p, 1L << 35);
        nested.First.First = 7;
        if (p.First != 6 || nested.First.First != 7 || nested.Second != 1L << 35) return 2;
        Pair<string, int>[] table = new Pair<string, int>[3];
        table[0] = new Pair<string, int>("a", 1);
        table[1] = new Pair<string, int>("b", 2);
        table[2] = q;
        if (Find(table, "six").Or(-1) != 6 || Find(table, "b").Or(-1) != 2) return 3;
        if (Find(table, "zzz").HasValue || Find(table, "zzz").Or(-1) != -1) return 4;
        Option<string> none = default(Option<string>);
        Option<string> some = new Option<string>("x");
        if (none.Or("fallback") != "fallback" || some.Or("fallback") != "x") return 5;
        Pair<double, byte> pd = new Pair<double, byte>(0.5, 255);
        Pair<byte, double> sw = pd.Swap().Swap().Swap();
        if (sw.First != 255 || sw.Second != 0.5) return 6;
        return 100;
    }
}
