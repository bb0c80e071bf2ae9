// Checks reference semantics: aliases see each other's writes, assignment copies the reference, ReferenceEquals and == on class references, and reassigning one alias leaves the other.
class Counter
{
    public int Value;
    public Counter Link;
}

static class Program
{
    static int s_five = 5;

    static void Bump(Counter c, int by)
    {
        c.Value += by;
    }

    static void Replace(Counter c)
    {
        c = new Counter();
        c.Value = 1000;
    }

    static void ReplaceRef(ref Counter c)
    {
        c = new Counter();
        c.Value = 2000;
    }

    static int Main()
    {
        Counter a = new Counter();
        Counter b = a;
        b.Value = s_five;
        if (a.Value != 5) return 1;
        if (!object.ReferenceEquals(a, b) || a != b) return 2;
        Bump(b, 10);
        if (a.Value != 15) return 3;
        Replace(a);
        if (a.Value != 15) return 4;
        ReplaceRef(ref b);
        if (b.Value != 2000 || a.Value != 15) return 5;
        if (object.ReferenceEquals(a, b) || a == b) return 6;

        Counter c = new Counter();
        Counter d = new Counter();
        if (c == d || object.ReferenceEquals(c, d)) return 7;
        c.Link = d;
        d.Link = c;
        c.Link.Link.Value = 42;
        if (c.Value != 42) return 8;
        if (c.Link.Link != c || d.Link.Link != d) return 9;
        object o1 = c;
        object o2 = d.Link;
        if (o1 != o2) return 10;
        if (object.ReferenceEquals(null, c) || !object.ReferenceEquals(null, null)) return 11;
        Counter e = null;
        if (e != null || !(e == null)) return 12;
        return 100;
    }
}
