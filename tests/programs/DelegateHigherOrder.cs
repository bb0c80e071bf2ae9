// Checks higher-order functions written by hand: compose, map, filter, fold and zip over arrays with Func arguments, currying, and a pipeline assembled at run time from an array of functions.
static class Program
{
    static int[] s_data = { 3, 1, 4, 1, 5, 9, 2, 6 };

    static System.Func<A, C> Compose<A, B, C>(System.Func<A, B> f, System.Func<B, C> g) { return x => g(f(x)); }

    static TOut[] Map<TIn, TOut>(TIn[] items, System.Func<TIn, TOut> f)
    {
        TOut[] r = new TOut[items.Length];
        for (int i = 0; i < items.Length; i++) r[i] = f(items[i]);
        return r;
    }

    static int Count<T>(T[] items, System.Func<T, bool> p) { int n = 0; for (int i = 0; i < items.Length; i++) if (p(items[i])) n++; return n; }

    static TAcc Fold<T, TAcc>(T[] items, TAcc seed, System.Func<TAcc, T, TAcc> f) { TAcc acc = seed; for (int i = 0; i < items.Length; i++) acc = f(acc, items[i]); return acc; }

    static TR[] Zip<T1, T2, TR>(T1[] a, T2[] b, System.Func<T1, T2, TR> f)
    {
        int n = a.Length < b.Length ? a.Length : b.Length;
        TR[] r = new TR[n];
        for (int i = 0; i < n; i++) r[i] = f(a[i], b[i]);
        return r;
    }

    static System.Func<int, System.Func<int, int>> Curry(System.Func<int, int, int> f) { return a => b => f(a, b); }

    static int Main()
    {
        System.Func<int, int> addOne = x => x + 1;
        System.Func<int, string> stars = n => n == 0 ? "" : "*" + (n > 1 ? "*" : "");
        System.Func<int, string> composed = Compose(addOne, stars);
        if (composed(0) != "*" || composed(1) != "**") return 1;
        int[] squares = Map(s_data, x => x * x);
        if (squares[5] != 81 || squares.Length != 8) return 2;
        long[] longs = Map(s_data, x => (long)x << 33);
        if (longs[2] != 4L << 33) return 3;
        string[] words = Map(s_data, x => x > 4 ? "big" : "small");
        if (words[4] != "big" || words[3] != "small") return 4;
        if (Count(s_data, x => x % 2 == 1) != 5) return 5;
        if (Count(words, w => w == "big") != 3) return 6;
        if (Fold(s_data, 0, (acc, x) => acc + x) != 31) return 7;
        if (Fold(s_data, "", (acc, x) => acc + (x > 3 ? "h" : "l")) != "llhlhhlh") return 8;
        int[] sums = Zip(s_data, squares, (a, b) => a + b);
        if (sums[7] != 42) return 9;
        System.Func<int, System.Func<int, int>> curried = Curry((a, b) => a * 100 + b);
        if (curried(7)(s_data[0]) != 703) return 10;
        System.Func<int, int>[] steps = { x => x + 2, x => x * 3, x => x - 1 };
        System.Func<int, int> pipeline = x => x;
        for (int i = 0; i < steps.Length; i++) pipeline = Compose(pipeline, steps[i]);
        if (pipeline(s_data[1]) != 8) return 11;
        int[] maxes = { 0 };
        System.Action<int> track = x => { if (x > maxes[0]) maxes[0] = x; };
        for (int i = 0; i < s_data.Length; i++) track(s_data[i]);
        if (maxes[0] != 9) return 12;
        return 100;
    }
}
