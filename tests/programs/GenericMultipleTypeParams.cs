// Checks generic classes with two and three type parameters: a small association map Map<K, V> with a key-equality helper interface, a Triple<A, B, C>, and members whose signatures reorder the parameters.
interface IKeyEq<K> { bool Eq(K a, K b); }
class IntEq : IKeyEq<int> { public bool Eq(int a, int b) { return a == b; } }
class StrEq : IKeyEq<string> { public bool Eq(string a, string b) { return a == b; } }

class Map<K, V>
{
    K[] _keys = new K[4];
    V[] _values = new V[4];
    int _n;
    IKeyEq<K> _eq;

    public Map(IKeyEq<K> eq) { _eq = eq; }

    public void Set(K key, V value)
    {
        for (int i = 0; i < _n; i++) if (_eq.Eq(_keys[i], key)) { _values[i] = value; return; }
        if (_n == _keys.Length)
        {
            K[] nk = new K[_n * 2];
            V[] nv = new V[_n * 2];
            for (int i = 0; i < _n; i++) { nk[i] = _keys[i]; nv[i] = _values[i]; }
            _keys = nk;
            _values = nv;
        }
        _keys[_n] = key;
        _values[_n++] = value;
    }

    public V Get(K key, V fallback)
    {
        for (int i = 0; i < _n; i++) if (_eq.Eq(_keys[i], key)) return _values[i];
        return fallback;
    }

    public int Count { get { return _n; } }

    public Map<V, K> Invert(IKeyEq<V> eq)
    {
        Map<V, K> m = new Map<V, K>(eq);
        for (int i = 0; i < _n; i++) m.Set(_values[i], _keys[i]);
        return m;
    }
}

class Triple<A, B, C>
{
    public A First; public B Second; public C Third;
    public Triple(A a, B b, C c) { First = a; Second = b; Third = c; }
    public Triple<C, A, B> Rotate() { return new Triple<C, A, B>(Third, First, Second); }
}

static class Program
{
    static int s_n = 20;

    static int Main()
    {
        Map<string, int> ages = new Map<string, int>(new StrEq());
        ages.Set("ann", 31);
        ages.Set("bob", 25);
        ages.Set("cid", 40);
        ages.Set("bob", 26);
        if (ages.Count != 3 || ages.Get("bob", -1) != 26 || ages.Get("dan", -1) != -1) return 1;
        Map<int, string> byAge = ages.Invert(new IntEq());
        if (byAge.Get(40, "none") != "cid" || byAge.Get(25, "none") != "none") return 2;
        Map<int, int> squares = new Map<int, int>(new IntEq());
        for (int i = 0; i < s_n; i++) squares.Set(i, i * i);
        for (int i = 0; i < s_n; i++) squares.Set(i, squares.Get(i, 0) + 1);
        if (squares.Count != 20 || squares.Get(19, 0) != 362) return 3;
        Triple<int, string, double> t = new Triple<int, string, double>(s_n, "mid", 0.25);
        Triple<double, int, string> r = t.Rotate();
        Triple<string, double, int> rr = r.Rotate();
        if (r.First != 0.25 || r.Second != 20 || rr.First != "mid" || rr.Rotate().Rotate().Second != 20) return 4;
        return 100;
    }
}
