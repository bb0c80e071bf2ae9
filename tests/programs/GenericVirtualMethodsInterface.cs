// Checks generic methods on interfaces implemented by classes and structs, called through the interface with several instantiations, from shared generic code, and with a method-level constraint.
interface IVisitor
{
    int Visit<T>(T item);
    R Fold<T, R>(T[] items, R seed) where R : IAddable<R>;
}

interface IAddable<R> { R Plus(int v); }

struct Counter : IAddable<Counter>
{
    public int N;
    public Counter Plus(int v) { return new Counter { N = N + v }; }
}

class Text : IAddable<Text>
{
    public string S;
    public Text(string s) { S = s; }
    public Text Plus(int v) { return new Text(S + (v > 0 ? "+" : "-")); }
}

class SizeVisitor : IVisitor
{
    public int Visit<T>(T item) { return item is string s ? s.Length : item is int[] a ? a.Length : 1; }
    public R Fold<T, R>(T[] items, R seed) where R : IAddable<R>
    {
        R acc = seed;
        foreach (T t in items) acc = acc.Plus(Visit(t));
        return acc;
    }
}

struct SignVisitor : IVisitor
{
    public int Visit<T>(T item) { return item == null ? -1 : 1; }
    public R Fold<T, R>(T[] items, R seed) where R : IAddable<R>
    {
        for (int i = 0; i < items.Length; i++) seed = seed.Plus(Visit(items[i]));
        return seed;
    }
}

static class Program
{
    static int s_n = 3;

    static int VisitAll<V, T>(V v, T[] items) where V : IVisitor
    {
        int s = 0;
        foreach (T t in items) s += v.Visit(t);
        return s;
    }

    static int Main()
    {
        IVisitor size = new SizeVisitor();
        IVisitor sign = new SignVisitor();
        if (size.Visit("hello") != 5 || size.Visit(new int[s_n]) != 3 || size.Visit(42) != 1) return 1;
        if (sign.Visit<string>(null) != -1 || sign.Visit(0) != 1) return 2;
        string[] words = { "ab", null, "cde" };
        if (VisitAll(size, words) != 2 + 1 + 3) return 3;
        if (VisitAll(new SignVisitor(), words) != 1) return 4;
        if (VisitAll<IVisitor, int>(sign, new int[s_n]) != 3) return 5;
        Counter c = size.Fold(words, new Counter { N = 100 });
        if (c.N != 106) return 6;
        Text t = sign.Fold(words, new Text(">"));
        if (t.S != ">+-+") return 7;
        return 100;
    }
}
