// Checks default methods on a generic interface: IList-like ISequence<T> with default Contains/IndexOf/Last built on Count and At, used for int and string implementations, one of which overrides a default.
interface ISequence<T>
{
    int Count { get; }
    T At(int i);
    bool Same(T a, T b);

    int IndexOf(T item)
    {
        for (int i = 0; i < Count; i++) if (Same(At(i), item)) return i;
        return -1;
    }

    bool Contains(T item) { return IndexOf(item) >= 0; }
    T Last() { return At(Count - 1); }
}

class Squares : ISequence<int>
{
    int _n;
    public Squares(int n) { _n = n; }
    public int Count { get { return _n; } }
    public int At(int i) { return i * i; }
    public bool Same(int a, int b) { return a == b; }
}

class Words : ISequence<string>
{
    string[] _w;
    public int Lookups;
    public Words(string[] w) { _w = w; }
    public int Count { get { return _w.Length; } }
    public string At(int i) { return _w[i]; }
    public bool Same(string a, string b) { return a == b; }
    public int IndexOf(string item)
    {
        Lookups++;
        for (int i = _w.Length - 1; i >= 0; i--) if (_w[i] == item) return i;
        return -1;
    }
}

static class Program
{
    static int s_n = 12;

    static int Main()
    {
        ISequence<int> sq = new Squares(s_n);
        if (sq.IndexOf(49) != 7 || sq.IndexOf(50) != -1) return 1;
        if (!sq.Contains(121) || sq.Contains(144)) return 2;
        if (sq.Last() != 121) return 3;
        Words w = new Words(new string[] { "a", "b", "a", "c" });
        ISequence<string> ws = w;
        if (ws.IndexOf("a") != 2 || ws.Contains("z") || !ws.Contains("c")) return 4;
        if (w.Lookups != 3) return 5;
        if (ws.Last() != "c") return 6;
        return 100;
    }
}
