// Checks struct constructors: an explicit parameterless constructor runs for new S() but not for default(S), array elements or fields; field initializers in a struct; this(...) chaining in structs; and an all-fields constructor.
struct Counter
{
    public int Start = 10;
    public int Step;
    public int Made;

    public Counter()
    {
        Step = 3;
        Made = 1;
    }

    public Counter(int step) : this()
    {
        Step = step;
        Made = 2;
    }

    public int At(int n) { return Start + Step * n; }
}

struct Plain
{
    public int A;
    public long B;

    public Plain(int a, long b)
    {
        A = a;
        B = b;
    }
}

class Holder
{
    public Counter C;
}

static class Program
{
    static int s_n = 5;

    static T Fresh<T>() where T : new() { return new T(); }

    static int Main()
    {
        Counter viaNew = new Counter();
        if (viaNew.Start != 10 || viaNew.Step != 3 || viaNew.Made != 1) return 1;
        Counter viaDefault = default(Counter);
        if (viaDefault.Start != 0 || viaDefault.Step != 0 || viaDefault.Made != 0) return 2;
        Counter[] arr = new Counter[s_n];
        if (arr[4].Start != 0 || arr[0].Made != 0) return 3;
        Holder h = new Holder();
        if (h.C.Start != 0) return 4;
        Counter chained = new Counter(s_n);
        if (chained.Start != 10 || chained.Step != 5 || chained.Made != 2) return 5;
        if (chained.At(s_n) != 35 || viaNew.At(s_n) != 25) return 6;
        h.C = chained;
        h.C.Step = 1;
        if (h.C.At(s_n) != 15 || chained.Step != 5) return 9;
        Counter generic = Fresh<Counter>();
        if (generic.Made != 1 || generic.Start != 10) return 7;
        Plain p = new Plain(s_n, -s_n);
        Plain q = new Plain();
        if (p.A != 5 || p.B != -5 || q.A != 0 || q.B != 0) return 8;
        return 100;
    }
}
