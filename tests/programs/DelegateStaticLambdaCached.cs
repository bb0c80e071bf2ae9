// Checks lambdas that capture nothing (static lambdas, cached by Roslyn in a singleton): explicit static lambdas, ones created in a loop and in a generic method, lambdas that only read static fields, and the same lambda site evaluated many times.
static class Program
{
    static int s_base = 7;
    static int s_calls;

    static System.Func<int, int> Square() { return static x => x * x; }

    static System.Func<T, T> Identity<T>() { return static x => x; }

    static int Main()
    {
        System.Func<int, int> negate = static x => -x;
        if (negate(s_base) != -7) return 1;
        int total = 0;
        for (int i = 0; i < 10; i++)
        {
            System.Func<int, int, int> add = static (a, b) => a + b;
            total = add(total, i);
        }
        if (total != 45) return 2;
        int sq = 0;
        for (int i = 1; i <= 4; i++) sq += Square()(i);
        if (sq != 30) return 3;
        if (Identity<string>()("id") != "id") return 4;
        if (Identity<long>()(1L << 50) != 1L << 50) return 5;
        if (Identity<int>()(s_base) != 7) return 6;
        System.Func<int> readStatic = () => s_base * 2;
        s_base = 11;
        if (readStatic() != 22) return 7;
        System.Action bumpStatic = () => s_calls++;
        for (int i = 0; i < 6; i++) bumpStatic();
        if (s_calls != 6) return 8;
        System.Func<int, bool> isEven = static x => (x & 1) == 0;
        int evens = 0;
        for (int i = 0; i < 9; i++) if (isEven(i)) evens++;
        if (evens != 5) return 9;
        return 100;
    }
}
