// Checks generic static methods with type inference and explicit type arguments: Swap<T>(ref, ref), Max with an interface constraint, Repeat<T> building arrays, nested generic calls, and the same method instantiated over many types.
interface IOrdered<T> { int CompareTo(T other); }

struct Version : IOrdered<Version>
{
    public int Major, Minor;
    public Version(int a, int b) { Major = a; Minor = b; }
    public int CompareTo(Version o) { return Major != o.Major ? Major - o.Major : Minor - o.Minor; }
}

class Word : IOrdered<Word>
{
    public string Text;
    public Word(string t) { Text = t; }
    public int CompareTo(Word o) { return Text.Length - o.Text.Length; }
}

static class Program
{
    static int s_k = 3;

    static void Swap<T>(ref T a, ref T b) { T t = a; a = b; b = t; }

    static T Max<T>(T[] items) where T : IOrdered<T>
    {
        T best = items[0];
        for (int i = 1; i < items.Length; i++) if (items[i].CompareTo(best) > 0) best = items[i];
        return best;
    }

    static T[] Repeat<T>(T value, int n)
    {
        T[] a = new T[n];
        for (int i = 0; i < n; i++) a[i] = value;
        return a;
    }

    static int CountOf<T>(T[] a) { return a.Length; }
    static U Second<T, U>(T first, U second) { return second; }

    static int Main()
    {
        int x = 1, y = 2;
        Swap(ref x, ref y);
        string s = "s", t = "t";
        Swap<string>(ref s, ref t);
        Version va = new Version(1, 2), vb = new Version(3, 4);
        Swap(ref va, ref vb);
        if (x != 2 || y != 1 || s != "t" || t != "s" || va.Major != 3 || vb.Minor != 2) return 1;
        Version[] vs = { new Version(1, 9), new Version(2, 0), new Version(1, 10), new Version(2, s_k) };
        Version m = Max(vs);
        if (m.Major != 2 || m.Minor != 3) return 2;
        Word[] ws = { new Word("aa"), new Word("aaaa"), new Word("b") };
        if (Max(ws).Text != "aaaa") return 3;
        if (CountOf(Repeat(Repeat(7, s_k), 5)) != 5 || Repeat(Repeat(7, s_k), 5)[4][2] != 7) return 4;
        if (Second(1, "two") != "two" || Second<string, long>("a", 5L) != 5L || Second(ws, vs).Length != 4) return 5;
        double[] ds = Repeat(0.5, s_k);
        byte[] bs = Repeat((byte)255, s_k);
        if (ds[2] != 0.5 || bs[1] != 255 || CountOf(ds) + CountOf(bs) != 6) return 6;
        return 100;
    }
}
