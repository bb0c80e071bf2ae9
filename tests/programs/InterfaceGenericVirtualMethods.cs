// Checks generic methods declared on an interface (generic virtual methods): implementations in two classes, instantiations over value and reference types, and a call from generic code that passes its own type parameter on.
interface IMapper
{
    T[] Fill<T>(int n, T value);
    int CountMatches<T>(T[] items, T probe) where T : class;
}

class Simple : IMapper
{
    public T[] Fill<T>(int n, T value)
    {
        T[] a = new T[n];
        for (int i = 0; i < n; i++) a[i] = value;
        return a;
    }

    public int CountMatches<T>(T[] items, T probe) where T : class
    {
        int c = 0;
        foreach (T t in items) if (t == probe) c++;
        return c;
    }
}

class Sparse : IMapper
{
    public T[] Fill<T>(int n, T value)
    {
        T[] a = new T[n];
        for (int i = 0; i < n; i += 2) a[i] = value;
        return a;
    }

    public int CountMatches<T>(T[] items, T probe) where T : class
    {
        int c = 0;
        for (int i = 0; i < items.Length; i++) if (object.ReferenceEquals(items[i], probe)) c += 10;
        return c;
    }
}

struct Pt { public int X, Y; }

static class Program
{
    static int s_n = 5;

    static int Use<U>(IMapper m, U v) where U : class
    {
        U[] arr = m.Fill(s_n, v);
        return m.CountMatches(arr, v);
    }

    static int Main()
    {
        IMapper[] ms = { new Simple(), new Sparse() };
        int[] ints = ms[0].Fill(s_n, 7);
        int[] sparse = ms[1].Fill(s_n, 7);
        if (ints.Length != 5 || ints[4] != 7 || sparse[1] != 0 || sparse[4] != 7) return 1;
        Pt p = new Pt { X = 1, Y = 2 };
        Pt[] pts = ms[1].Fill(3, p);
        if (pts[2].Y != 2 || pts[1].X != 0) return 2;
        string probe = "probe";
        if (Use(ms[0], probe) != 5 || Use(ms[1], probe) != 30) return 3;
        object[] objs = ms[0].Fill<object>(s_n, probe);
        if (ms[0].CountMatches(objs, (object)probe) != 5 || ms[1].CountMatches(objs, new object()) != 0) return 4;
        long[] longs = ms[0].Fill(2, 1L << 40);
        if (longs[1] != 1L << 40) return 5;
        return 100;
    }
}
