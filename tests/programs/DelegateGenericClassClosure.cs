// Checks closures inside generic classes: lambdas capturing this and a T-typed field or local in Box<T> for int, long, string and a struct, a lambda capturing a generic method's U parameter alongside the class's T, and delegates created in shared generic code over two reference types.
using System;

struct Pt { public int X, Y; }
struct PairOf<A, B> { public A Item1; public B Item2; }

sealed class Box<T>
{
    T _value;
    int _reads;
    public Box(T v) { _value = v; }
    public Func<T> Reader() => () => { _reads++; return _value; };
    public Action<T> Writer() => v => _value = v;
    public int Reads => _reads;
    public Func<U, PairOf<T, U>> PairWith<U>() => u => new PairOf<T, U> { Item1 = _value, Item2 = u };
    public Func<T> Snapshot() { T copy = _value; return () => copy; }
    public Func<int, T[]> Filler() => n => { var a = new T[n]; for (int i = 0; i < n; i++) a[i] = _value; return a; };
}

static class Program
{
    static int s_i = 7;
    static string s_s = "hi";

    static int Main()
    {
        var bi = new Box<int>(s_i);
        var r = bi.Reader();
        var w = bi.Writer();
        var snap = bi.Snapshot();
        w(42);
        if (r() != 42 || snap() != 7 || bi.Reads != 1) return 1;

        var bl = new Box<long>(1L << 40);
        var fl = bl.Filler();
        long[] la = fl(3);
        if (la.Length != 3 || la[2] != 1L << 40) return 2;

        var bs = new Box<string>(s_s);
        var rs = bs.Reader();
        bs.Writer()("there");
        if (rs() != "there" || bs.Snapshot()() != "there") return 3;
        string[] sa = bs.Filler()(2);
        if (sa[0] != "there" || sa[1] != "there") return 4;

        var bp = new Box<Pt>(new Pt { X = 1, Y = 2 });
        var snapP = bp.Snapshot();
        bp.Writer()(new Pt { X = 3, Y = 4 });
        if (bp.Reader()().X != 3 || snapP().Y != 2) return 5;

        var pw = bi.PairWith<string>();
        var t = pw("s");
        if (t.Item1 != 42 || t.Item2 != "s") return 6;
        var pw2 = bs.PairWith<Pt>();
        var t2 = pw2(new Pt { X = 9 });
        if (t2.Item1 != "there" || t2.Item2.X != 9) return 7;

        var bo = new Box<object>(bs);
        object o = bo.Reader()();
        if (!ReferenceEquals(o, bs)) return 8;
        return 100;
    }
}
