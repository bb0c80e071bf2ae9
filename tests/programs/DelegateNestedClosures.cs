// Checks nested closures: counter factories with independent state, a lambda inside a lambda capturing variables from both scopes, closures created inside a loop inside a lambda, and closures that share an outer variable but own inner ones.
static class Program
{
    static int s_start = 10;

    static System.Func<int> MakeCounter(int start, int step)
    {
        int value = start;
        return () => { value += step; return value; };
    }

    static System.Func<int, System.Func<int, int>> Adder()
    {
        int calls = 0;
        return a => { calls++; int mine = calls; return b => a + b + mine * 1000; };
    }

    static int Main()
    {
        System.Func<int> c1 = MakeCounter(s_start, 1);
        System.Func<int> c2 = MakeCounter(s_start, 5);
        c1(); c1();
        c2();
        if (c1() != 13 || c2() != 20) return 1;
        System.Func<int, System.Func<int, int>> adder = Adder();
        System.Func<int, int> add3 = adder(3);
        System.Func<int, int> add4 = adder(4);
        if (add3(1) != 1004) return 2;
        if (add4(1) != 2005) return 3;
        int shared = 0;
        System.Func<int, System.Action> makeBump = k =>
        {
            int local = k;
            return () => { shared += local; local++; };
        };
        System.Action b1 = makeBump(1);
        System.Action b2 = makeBump(100);
        b1(); b1(); b2(); b1();
        if (shared != 106) return 4;
        System.Func<int> outer = () =>
        {
            int sum = 0;
            System.Func<int>[] parts = new System.Func<int>[4];
            for (int i = 0; i < parts.Length; i++) { int w = i + s_start; parts[i] = () => w * 2; }
            for (int i = 0; i < parts.Length; i++) sum += parts[i]();
            return sum;
        };
        if (outer() != 92) return 5;
        int x = 1;
        System.Func<System.Func<System.Func<int>>> deep = () => { int y = 2; return () => { int z = 3; return () => x * 100 + y * 10 + z; }; };
        System.Func<int> leaf = deep()();
        x = 9;
        if (leaf() != 923) return 6;
        return 100;
    }
}
