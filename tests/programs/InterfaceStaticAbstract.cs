// Checks static abstract interface members: a generic algorithm calls T.Zero, T.Combine and T.Name through the type parameter (constrained calls) for a struct and a class implementing the interface.
interface IMonoid<T> where T : IMonoid<T>
{
    static abstract T Zero { get; }
    static abstract T Combine(T a, T b);
    static abstract string Name();
}

struct Sum : IMonoid<Sum>
{
    public long V;
    public Sum(long v) { V = v; }
    public static Sum Zero { get { return new Sum(0); } }
    public static Sum Combine(Sum a, Sum b) { return new Sum(a.V + b.V); }
    public static string Name() { return "sum"; }
}

struct Max : IMonoid<Max>
{
    public long V;
    public Max(long v) { V = v; }
    public static Max Zero { get { return new Max(long.MinValue); } }
    public static Max Combine(Max a, Max b) { return a.V >= b.V ? a : b; }
    public static string Name() { return "max"; }
}

class Concat : IMonoid<Concat>
{
    public string S;
    public Concat(string s) { S = s; }
    public static Concat Zero { get { return new Concat(""); } }
    public static Concat Combine(Concat a, Concat b) { return new Concat(a.S + b.S); }
    public static string Name() { return "concat"; }
}

static class Program
{
    static int s_n = 10;

    static T Fold<T>(T[] items) where T : IMonoid<T>
    {
        T acc = T.Zero;
        for (int i = 0; i < items.Length; i++) acc = T.Combine(acc, items[i]);
        return acc;
    }

    static string NameOf<T>() where T : IMonoid<T> { return T.Name(); }

    static int Main()
    {
        Sum[] sums = new Sum[s_n];
        Max[] maxes = new Max[s_n];
        for (int i = 0; i < s_n; i++)
        {
            sums[i] = new Sum(i * 3 - 7);
            maxes[i] = new Max((i * 7) % 10 - 5);
        }
        if (Fold(sums).V != 65) return 1;
        if (Fold(maxes).V != 4) return 2;
        if (Fold(new Max[0]).V != long.MinValue) return 3;
        Concat[] parts = { new Concat("ab"), new Concat("c"), new Concat(""), new Concat("de") };
        if (Fold(parts).S != "abcde") return 4;
        if (NameOf<Sum>() + NameOf<Max>() + NameOf<Concat>() != "summaxconcat") return 5;
        return 100;
    }
}
