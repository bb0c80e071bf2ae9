// Checks generic methods inside generic classes: both type parameters in one signature, static and instance variants, a generic method returning a new instantiation of its class, and explicit versus inferred type arguments.
class Sequence<T>
{
    T[] _items;
    public Sequence(T[] items) { _items = items; }
    public int Length { get { return _items.Length; } }
    public T At(int i) { return _items[i]; }

    public Sequence<U> Map<U>(IMap<T, U> f)
    {
        U[] r = new U[_items.Length];
        for (int i = 0; i < r.Length; i++) r[i] = f.Apply(_items[i]);
        return new Sequence<U>(r);
    }

    public Sequence<Pair<T, U>> Zip<U>(Sequence<U> other)
    {
        int n = _items.Length < other.Length ? _items.Length : other.Length;
        Pair<T, U>[] r = new Pair<T, U>[n];
        for (int i = 0; i < n; i++) r[i] = new Pair<T, U>(_items[i], other.At(i));
        return new Sequence<Pair<T, U>>(r);
    }

    public static Sequence<T> Of<U>(U seed, IMap<U, T> f, int n)
    {
        T[] r = new T[n];
        for (int i = 0; i < n; i++) r[i] = f.Apply(seed);
        return new Sequence<T>(r);
    }
}

struct Pair<A, B> { public A First; public B Second; public Pair(A a, B b) { First = a; Second = b; } }

interface IMap<A, B> { B Apply(A a); }
class Square : IMap<int, long> { public long Apply(int a) { return (long)a * a; } }
class Describe : IMap<long, string> { public string Apply(long a) { return a > 10 ? "big" : "small"; } }
class Counter : IMap<string, int> { int _n; public int Apply(string s) { return ++_n * s.Length; } }

static class Program
{
    static int s_n = 5;

    static int Main()
    {
        int[] src = new int[s_n];
        for (int i = 0; i < s_n; i++) src[i] = i + 1;
        Sequence<int> ints = new Sequence<int>(src);
        Sequence<long> squares = ints.Map(new Square());
        if (squares.At(4) != 25 || squares.Length != 5) return 1;
        Sequence<string> words = squares.Map<string>(new Describe());
        if (words.At(2) != "small" || words.At(3) != "big") return 2;
        Sequence<Pair<int, string>> zipped = ints.Zip(words);
        if (zipped.At(4).First != 5 || zipped.At(4).Second != "big") return 3;
        Sequence<int> counted = Sequence<int>.Of("abc", new Counter(), 4);
        if (counted.At(0) != 3 || counted.At(3) != 12) return 4;
        Sequence<Pair<Pair<int, string>, long>> nested = zipped.Zip(squares);
        if (nested.At(1).First.Second != "small" || nested.At(1).Second != 4) return 5;
        return 100;
    }
}
