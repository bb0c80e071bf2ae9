// Objects held only by closures (lambdas capturing locals and parameters, closures capturing other closures,
// nested scopes sharing one captured variable, a closure that replaces what it captured) survive collections;
// calling the delegates later must see exactly the captured state, including updates made through other closures.
using System;
using System.Runtime.CompilerServices;

static class Program
{
    sealed class State
    {
        public int Count;
        public string Name;
        public int[] Log;
    }

    static int s_count = 300;
    static int s_rounds = 3000;

    [MethodImpl(MethodImplOptions.NoInlining)]
    static long Churn(int n)
    {
        long s = 0;
        for (int i = 0; i < n; i++)
        {
            int local = i;
            Func<int> f = () => local * 2;
            s += f();
        }
        int[] big = new int[20_000];
        return s + big.Length;
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    static Func<int> Counter(int start)
    {
        State st = new State { Count = start, Name = (start % 2 == 0) ? "even" : "odd", Log = new int[4] };
        return () =>
        {
            st.Log[st.Count & 3] = st.Count;
            return ++st.Count;
        };
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    static (Func<int>, Action<int>, Func<string>) Shared(int seed)
    {
        // Three lambdas share one display class.
        int value = seed;
        string text = string.Concat("shared", (seed % 2 == 0) ? "E" : "O");
        Func<int> get = () => value;
        Action<int> add = d => { value += d; text = string.Concat(text, "+"); };
        Func<string> show = () => text;
        return (get, add, show);
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    static Func<int, int> Compose(Func<int, int> f, Func<int, int> g) => x => g(f(x));

    [MethodImpl(MethodImplOptions.NoInlining)]
    static Func<Func<int>> Outer(int a)
    {
        int[] box = new int[] { a };
        return () =>
        {
            int[] inner = new int[] { box[0] * 10 };
            return () => inner[0] + box[0];
        };
    }

    static int Main()
    {
        int n = s_count;
        Func<int>[] counters = new Func<int>[n];
        Func<int>[] getters = new Func<int>[n];
        Action<int>[] adders = new Action<int>[n];
        Func<string>[] shows = new Func<string>[n];
        Func<Func<int>>[] outers = new Func<Func<int>>[n];
        int[] expected = new int[n];
        int[] adds = new int[n];
        for (int i = 0; i < n; i++)
        {
            counters[i] = Counter(i * 10);
            expected[i] = i * 10;
            (getters[i], adders[i], shows[i]) = Shared(i);
            outers[i] = Outer(i);
        }
        Func<int, int> chain = x => x + 1;
        for (int k = 0; k < 50; k++)
        {
            int step = k;
            chain = Compose(chain, x => x + step);
        }
        long total = 0;
        for (int r = 0; r < s_rounds; r++)
        {
            int i = (r * 37) % n;
            if (counters[i]() != ++expected[i])
                return 1;
            adders[i](r % 5);
            adds[i]++;
            total += Churn(10);
        }
        for (int i = 0; i < n; i++)
        {
            if (counters[i]() != expected[i] + 1)
                return 2;
            int sum = i;
            int plus = 0;
            for (int r = 0; r < s_rounds; r++)
            {
                if ((r * 37) % n == i)
                {
                    sum += r % 5;
                    plus++;
                }
            }
            if (getters[i]() != sum || plus != adds[i])
                return 3;
            string s = shows[i]();
            if (s.Length != 7 + plus || s[6] != ((i % 2 == 0) ? 'E' : 'O'))
                return 4;
            Func<int> made = outers[i]();
            total += Churn(5);
            if (made() != i * 11)
                return 5;
        }
        // 1 + (0 + 1 + ... + 49) added to x.
        if (chain(1000) != 1000 + 1 + 49 * 50 / 2)
            return 6;
        // Only the delegates remain.
        Func<int> lone = counters[n - 1];
        counters = null;
        total += Churn(2000);
        if (lone() != expected[n - 1] + 2)
            return 7;
        return total > 0 ? 100 : 8;
    }
}
