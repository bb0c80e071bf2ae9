// Checks delegates to static generic methods of generic classes: Holder<T>.Convert<U> bound for several (T, U) pairs, a generic class's static field read by the target per instantiation, delegates created inside the generic class and inside another generic method, and a generic delegate type over both.
using System;

delegate R Conv<A, R>(A a);

static class Holder<T>
{
    public static int Calls;
    public static T Last;
    public static U Convert<U>(T value, Func<T, U> f)
    {
        Calls++;
        Last = value;
        return f(value);
    }
    public static U Pick<U>(T first, U second) { Calls += 10; Last = first; return second; }
    public static Func<T, Func<T, U>, U> Bound<U>() => Convert<U>;
}

static class Maker<K>
{
    public static Conv<K, K[]> Wrap<N>(int n) => k => Repeat<K>(k, n);
    static V[] Repeat<V>(V v, int n) { var a = new V[n]; for (int i = 0; i < n; i++) a[i] = v; return a; }
}

static class Program
{
    static int s_x = 21;
    static string s_s = "ab";

    static Func<A, B, B> MakePick<A, B>() => Holder<A>.Pick<B>;

    static int Main()
    {
        Func<int, Func<int, long>, long> c1 = Holder<int>.Convert<long>;
        if (c1(s_x, v => (long)v << 33) != 21L << 33) return 1;
        Func<string, Func<string, int>, int> c2 = Holder<string>.Convert<int>;
        if (c2(s_s, v => v.Length) != 2) return 2;
        if (Holder<int>.Calls != 1 || Holder<string>.Calls != 1 || Holder<int>.Last != 21 || Holder<string>.Last != "ab") return 3;

        var b = Holder<long>.Bound<string>();
        if (b(5L, v => v > 3 ? "big" : "small") != "big" || Holder<long>.Last != 5) return 4;

        var pick = MakePick<double, string>();
        if (pick(2.5, "y") != "y" || Holder<double>.Calls != 10 || Holder<double>.Last != 2.5) return 5;
        var pick2 = MakePick<string, int>();
        if (pick2("z", 9) != 9 || Holder<string>.Calls != 11 || Holder<string>.Last != "z") return 6;

        Conv<char, char[]> w = Maker<char>.Wrap<int>(3);
        char[] cs = w('q');
        if (cs.Length != 3 || cs[2] != 'q') return 7;
        Conv<string, string[]> ws = Maker<string>.Wrap<object>(s_x / 10);
        string[] ss = ws("k");
        if (ss.Length != 2 || ss[1] != "k") return 8;
        return 100;
    }
}
