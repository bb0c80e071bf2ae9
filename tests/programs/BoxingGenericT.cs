// Checks boxing of type-parameter values in generic code: (object)t boxes value types and is a no-op for references, null checks on an unconstrained T are false for value types, boxing T? follows the nullable rules, and a generic heterogeneous bag of boxes.
class Bag
{
    object[] _items = new object[16];
    int _n;
    public void Add<T>(T v) { _items[_n++] = v; }
    public int CountOf<T>() { int c = 0; for (int i = 0; i < _n; i++) if (_items[i] is T) c++; return c; }
    public int Nulls() { int c = 0; for (int i = 0; i < _n; i++) if (_items[i] == null) c++; return c; }
    public object At(int i) { return _items[i]; }
}

static class Program
{
    static int s_v = 9;

    static bool IsNull<T>(T v) { return v == null; }
    static object Box<T>(T v) { return v; }
    static bool SameRef<T>(T a, T b) { return (object)a == (object)b; }

    static int Main()
    {
        if (IsNull(s_v) || IsNull(0L) || !IsNull<string>(null) || IsNull("x")) return 1;
        int? none = null;
        if (!IsNull(none) || IsNull((int?)s_v)) return 2;
        string s = "shared";
        if (Box(s) != (object)s || !SameRef(s, s)) return 3;
        if (SameRef(s_v, s_v)) return 4;
        Bag bag = new Bag();
        bag.Add(s_v);
        bag.Add("str");
        bag.Add(none);
        bag.Add((int?)5);
        bag.Add(2.5);
        bag.Add<object>(null);
        bag.Add(new int[2]);
        if (bag.CountOf<int>() != 2 || bag.CountOf<string>() != 1 || bag.CountOf<double>() != 1) return 5;
        if (bag.Nulls() != 2 || bag.CountOf<object>() != 5 || bag.CountOf<int[]>() != 1) return 6;
        if (bag.At(3).GetType() != typeof(int) || (int)bag.At(3) != 5) return 7;
        return 100;
    }
}
