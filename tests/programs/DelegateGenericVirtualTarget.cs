// Checks delegates to generic virtual methods and generic interface methods: created from a base-typed or interface-typed reference they call the override for the given instantiation (value and reference type arguments).
interface IMaker
{
    T[] Fill<T>(T x, int n);
}

class Base : IMaker
{
    public virtual string Describe<T>(T x) { return "b"; }
    public virtual T[] Fill<T>(T x, int n) { T[] a = new T[n]; for (int i = 0; i < n; i++) a[i] = x; return a; }
}

class Derived : Base
{
    public override string Describe<T>(T x) { return "d" + base.Describe(x); }
    public override T[] Fill<T>(T x, int n) { return base.Fill(x, n + 1); }
}

class Other : IMaker
{
    public T[] Fill<T>(T x, int n) { return new T[n * 2]; }
}

static class Program
{
    static int s_n = 3;

    static int Main()
    {
        Base b = new Derived();
        System.Func<int, string> di = b.Describe<int>;
        System.Func<string, string> ds = b.Describe<string>;
        if (di(1) != "db" || ds("x") != "db") return 1;
        Base plain = new Base();
        System.Func<long, string> dp = plain.Describe<long>;
        if (dp(2L) != "b") return 2;
        System.Func<int, int, int[]> fi = b.Fill<int>;
        int[] ints = fi(7, s_n);
        if (ints.Length != 4 || ints[3] != 7) return 3;
        IMaker m = b;
        System.Func<string, int, string[]> fs = m.Fill<string>;
        string[] strs = fs("s", s_n);
        if (strs.Length != 4 || strs[0] != "s") return 4;
        IMaker o = new Other();
        System.Func<string, int, string[]> fo = o.Fill<string>;
        if (fo("t", s_n).Length != 6) return 5;
        System.Func<double, int, double[]> fd = o.Fill<double>;
        if (fd(1.5, s_n).Length != 6) return 6;
        IMaker[] makers = { plain, b, o };
        int total = 0;
        for (int i = 0; i < makers.Length; i++)
        {
            System.Func<char, int, char[]> fc = makers[i].Fill<char>;
            total = total * 10 + fc('c', s_n).Length;
        }
        if (total != 346) return 7;
        return 100;
    }
}
