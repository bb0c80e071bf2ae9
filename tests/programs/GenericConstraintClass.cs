// Checks the class constraint: null checks and reference comparisons on T, as-casts to T, an identity cache that returns the first instance stored, and instantiation over classes, interfaces, arrays and strings.
interface IThing { int Id { get; } }
class Thing : IThing { public int Id { get; set; } }

class Cache<T> where T : class
{
    T[] _items = new T[8];
    int _n;

    public T Intern(T item, out bool wasNew)
    {
        for (int i = 0; i < _n; i++)
            if (_items[i] == item) { wasNew = false; return _items[i]; }
        _items[_n++] = item;
        wasNew = true;
        return item;
    }

    public int CountNulls(T[] xs)
    {
        int c = 0;
        foreach (T x in xs) if (x == null) c++;
        return c;
    }

    public static T AsT(object o) { return o as T; }
    public static T OrDefault(T a, T b) { return a ?? b; }
}

static class Program
{
    static int s_id = 5;

    static int Main()
    {
        Cache<Thing> things = new Cache<Thing>();
        Thing a = new Thing { Id = s_id };
        Thing b = new Thing { Id = s_id };
        bool fresh;
        things.Intern(a, out fresh);
        if (!fresh) return 1;
        things.Intern(b, out fresh);
        if (!fresh) return 2;
        if (things.Intern(a, out fresh) != a || fresh) return 3;
        if (things.CountNulls(new Thing[] { null, a, null }) != 2) return 4;
        if (Cache<Thing>.AsT(a) != a || Cache<Thing>.AsT("text") != null) return 5;
        if (Cache<IThing>.AsT(a).Id != 5 || Cache<IThing>.AsT(new object()) != null) return 6;
        if (Cache<string>.AsT("s") != "s" || Cache<int[]>.AsT(new int[2]).Length != 2 || Cache<int[]>.AsT(new long[2]) != null) return 7;
        if (Cache<string>.OrDefault(null, "b") != "b" || Cache<string>.OrDefault("a", "b") != "a") return 8;
        return 100;
    }
}
