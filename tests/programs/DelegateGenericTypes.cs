// Checks generic delegates and delegates to generic methods: a custom generic delegate type instantiated over int, string and a struct, delegates to generic static and instance methods with explicit instantiations, and delegates created inside generic methods (shared code over reference types).
delegate T Transform<T>(T x);
delegate TOut Convert<TIn, TOut>(TIn x);

struct Money { public long Cents; }

class Box<T>
{
    public T Item;
    public Box(T item) { Item = item; }
    public T Swap(T next) { T old = Item; Item = next; return old; }
    public Convert<T, Box<T>> Rewrap() { return x => new Box<T>(x); }
}

static class Program
{
    static int s_n = 4;

    static T Same<T>(T x) { return x; }
    static int CountOf<T>(T[] items) { return items.Length; }
    static T ApplyTimes<T>(Transform<T> f, T x, int n) { for (int i = 0; i < n; i++) x = f(x); return x; }
    static Transform<T> Twice<T>(Transform<T> f) { return x => f(f(x)); }
    static Convert<T, T[]> Single<T>() { return x => new T[] { x }; }

    static int Main()
    {
        Transform<int> inc = x => x + 1;
        if (ApplyTimes(inc, 0, s_n) != 4) return 1;
        Transform<string> wrap = s => "(" + s + ")";
        if (ApplyTimes(wrap, "x", 2) != "((x))") return 2;
        Transform<Money> tip = m => new Money { Cents = m.Cents * 2 };
        if (ApplyTimes(tip, new Money { Cents = 3 }, s_n).Cents != 48) return 3;
        if (Twice(Twice(inc))(s_n) != 8) return 4;
        if (Twice(wrap)("y") != "((y))") return 5;
        Transform<int> sameInt = Same<int>;
        Transform<string> sameStr = Same;
        if (sameInt(s_n) != 4 || sameStr("q") != "q") return 6;
        Convert<string[], int> count = CountOf<string>;
        if (count(new string[3]) != 3) return 7;
        Box<string> box = new Box<string>("a");
        Transform<string> swap = box.Swap;
        if (swap("b") != "a" || box.Item != "b") return 8;
        Box<int> ibox = new Box<int>(s_n);
        Convert<int, Box<int>> rewrap = ibox.Rewrap();
        if (rewrap(9).Item != 9) return 9;
        string[] one = Single<string>()("z");
        long[] oneL = Single<long>()(1L << 35);
        if (one.Length != 1 || one[0] != "z" || oneL[0] != 1L << 35) return 10;
        return 100;
    }
}
