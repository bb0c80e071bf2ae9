// Checks constrained calls to object's virtual methods on T: ToString, Equals and GetHashCode overridden in own structs and classes are reached from generic code without the struct losing its identity, and a struct method mutating through a constrained interface call.
struct Id
{
    public int V;
    public override string ToString() { return V < 10 ? "small" : "large"; }
    public override bool Equals(object o) { return o is Id other && other.V % 100 == V % 100; }
    public override int GetHashCode() { return V % 100; }
}

class Name
{
    public string S;
    public override string ToString() { return "name:" + S; }
    public override bool Equals(object o) { return o is Name n && n.S == S; }
    public override int GetHashCode() { return S.Length; }
}

static class Program
{
    static int s_v = 5;

    static string Show<T>(T v) { return v.ToString(); }
    static bool Same<T>(T a, T b) { return a.Equals(b); }
    static int Hash<T>(T v) { return v.GetHashCode(); }

    static int IndexOf<T>(T[] items, T probe)
    {
        int h = probe.GetHashCode();
        for (int i = 0; i < items.Length; i++)
            if (items[i].GetHashCode() == h && items[i].Equals(probe)) return i;
        return -1;
    }

    static int Main()
    {
        Id a = new Id { V = s_v };
        Id b = new Id { V = s_v + 100 };
        if (Show(a) != "small" || Show(b) != "large") return 1;
        if (!Same(a, b) || Same(a, new Id { V = 6 })) return 2;
        if (Hash(a) != 5 || Hash(b) != 5) return 3;
        Name n = new Name { S = "ann" };
        if (Show(n) != "name:ann" || !Same(n, new Name { S = "ann" }) || Hash(n) != 3) return 4;
        Id[] ids = new Id[10];
        for (int i = 0; i < ids.Length; i++) ids[i].V = i * 11;
        if (IndexOf(ids, new Id { V = 144 }) != 4 || IndexOf(ids, new Id { V = 12 }) != -1) return 5;
        Name[] names = { new Name { S = "a" }, new Name { S = "bob" }, new Name { S = "cy" } };
        if (IndexOf(names, new Name { S = "cy" }) != 2 || IndexOf(names, new Name { S = "zz" }) != -1) return 6;
        if (!Same<object>(a, b) || Same<object>(a, n)) return 7;
        return 100;
    }
}
