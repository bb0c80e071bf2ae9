// Checks the struct constraint: T? (Nullable<T>) in generic code, default(T) for value types, copies of T values, and a generic ring buffer of structs instantiated over int, double, an enum and an own struct.
enum Level : byte { Low = 1, High = 200 }
struct Sample { public int T; public short V; }

class Ring<T> where T : struct
{
    T[] _buf;
    int _start, _count;

    public Ring(int capacity) { _buf = new T[capacity]; }

    public void Add(T v)
    {
        _buf[(_start + _count) % _buf.Length] = v;
        if (_count < _buf.Length) _count++; else _start = (_start + 1) % _buf.Length;
    }

    public T? Oldest() { return _count == 0 ? (T?)null : _buf[_start]; }
    public T NewestOrDefault() { return _count == 0 ? default(T) : _buf[(_start + _count - 1) % _buf.Length]; }
    public int Count { get { return _count; } }
}

static class Program
{
    static int s_n = 10;

    static int Main()
    {
        Ring<int> ri = new Ring<int>(4);
        if (ri.Oldest().HasValue || ri.NewestOrDefault() != 0) return 1;
        for (int i = 1; i <= s_n; i++) ri.Add(i);
        if (ri.Count != 4 || ri.Oldest().Value != 7 || ri.NewestOrDefault() != 10) return 2;
        Ring<double> rd = new Ring<double>(3);
        rd.Add(0.5);
        if (rd.Oldest() != 0.5 || rd.NewestOrDefault() != 0.5) return 3;
        Ring<Level> rl = new Ring<Level>(2);
        if (rl.NewestOrDefault() != (Level)0) return 4;
        rl.Add(Level.High);
        rl.Add(Level.Low);
        rl.Add(Level.High);
        if (rl.Oldest() != Level.Low || rl.NewestOrDefault() != Level.High) return 5;
        Ring<Sample> rs = new Ring<Sample>(5);
        for (int i = 0; i < s_n; i++) rs.Add(new Sample { T = i, V = (short)(i * -100) });
        Sample? old = rs.Oldest();
        if (!old.HasValue || old.Value.T != 5 || old.Value.V != -500) return 6;
        if (rs.NewestOrDefault().V != -900) return 7;
        return 100;
    }
}
