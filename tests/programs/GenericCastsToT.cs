// Checks casts involving type parameters: (T)obj, obj is T, obj as T and is T pattern variables in generic code instantiated over classes that share code (string, object, a class hierarchy) and over value types (unbox).
class Animal { public int Legs = 4; }
class Bird : Animal { public Bird() { Legs = 2; } }

static class Program
{
    static int s_n = 1;

    static int CountOf<T>(object[] items)
    {
        int c = 0;
        foreach (object o in items) if (o is T) c++;
        return c;
    }

    static T FirstOf<T>(object[] items) where T : class
    {
        foreach (object o in items) { T t = o as T; if (t != null) return t; }
        return null;
    }

    static T Cast<T>(object o) { return (T)o; }

    static int SumIfT<T>(object[] items, int weight)
    {
        int s = 0;
        foreach (object o in items) if (o is T t) s += weight;
        return s;
    }

    static int Main()
    {
        object[] items = { "a", new Bird(), s_n, new Animal(), "bb", 2L, null, new Bird() };
        if (CountOf<string>(items) != 2 || CountOf<Animal>(items) != 3 || CountOf<Bird>(items) != 2) return 1;
        if (CountOf<object>(items) != 7 || CountOf<int>(items) != 1 || CountOf<long>(items) != 1 || CountOf<short>(items) != 0) return 2;
        if (FirstOf<string>(items) != "a" || FirstOf<Bird>(items) != items[1] || FirstOf<int[]>(items) != null) return 3;
        if (FirstOf<Animal>(items).Legs != 2) return 4;
        if (Cast<string>(items[4]) != "bb" || Cast<int>(items[2]) != 1 || Cast<long>(items[5]) != 2L) return 5;
        if (Cast<Animal>(items[1]).Legs != 2 || Cast<object>(items[6]) != null || Cast<string>(null) != null) return 6;
        if (SumIfT<Bird>(items, 10) != 20 || SumIfT<object>(items, 1) != 7 || SumIfT<int>(items, 5) != 5) return 7;
        int? maybe = Cast<int?>(items[2]);
        if (maybe != 1 || Cast<int?>(items[6]).HasValue) return 8;
        return 100;
    }
}
