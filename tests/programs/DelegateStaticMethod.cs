// Checks delegates to static methods: a custom delegate type and Func/Action over static methods, reassigning a delegate variable, the same method bound twice, and delegates to static methods of another class and of a generic class.
delegate int BinOp(int a, int b);

static class MathOps
{
    public static int Add(int a, int b) { return a + b; }
    public static int Sub(int a, int b) { return a - b; }
    public static int Mul(int a, int b) { return a * b; }
}

static class Holder<T>
{
    public static T Last;
    public static T Keep(T x) { Last = x; return x; }
}

static class Program
{
    static int s_a = 17, s_b = 5;
    static int s_sum;

    static int Twice(int x) { return x * 2; }
    static void Accumulate(int x) { s_sum += x; }
    static int Apply(BinOp op, int a, int b) { return op(a, b); }

    static int Main()
    {
        BinOp op = MathOps.Add;
        if (op(s_a, s_b) != 22) return 1;
        op = MathOps.Sub;
        if (op(s_a, s_b) != 12) return 2;
        op = new BinOp(MathOps.Mul);
        if (op.Invoke(s_a, s_b) != 85) return 3;
        if (Apply(MathOps.Add, s_a, s_b) + Apply(MathOps.Sub, s_b, s_a) != 10) return 4;
        System.Func<int, int> twice = Twice;
        System.Func<int, int> again = Twice;
        if (twice(s_a) + again(s_b) != 44) return 5;
        System.Action<int> acc = Accumulate;
        for (int i = 1; i <= 10; i++) acc(i);
        if (s_sum != 55) return 6;
        System.Func<string, string> keep = Holder<string>.Keep;
        if (keep("abc") != "abc" || Holder<string>.Last != "abc") return 7;
        System.Func<long, long> keepLong = Holder<long>.Keep;
        if (keepLong(1L << 40) != 1L << 40 || Holder<long>.Last != 1L << 40) return 8;
        BinOp[] ops = { MathOps.Add, MathOps.Sub, MathOps.Mul };
        int r = 0;
        for (int i = 0; i < ops.Length; i++) r = r * 100 + ops[i](s_b, 2);
        if (r != 70310) return 9;
        return 100;
    }
}
