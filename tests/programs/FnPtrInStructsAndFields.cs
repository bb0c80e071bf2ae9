// Checks function pointers stored in struct fields and static fields: a struct holding an operation and its operand, an array of such structs folded over an input, and a pointer passed through several calls. Needs -unsafe.
unsafe struct Step
{
    public delegate*<int, int, int> Op;
    public int Arg;
    public int Apply(int x) { return Op(x, Arg); }
}

static unsafe class Program
{
    static delegate*<int, int, int> s_add = &Add;
    static int s_start = 3;

    static int Add(int a, int b) { return a + b; }
    static int Mul(int a, int b) { return a * b; }
    static int Shl(int a, int b) { return a << b; }

    static int Forward(delegate*<int, int, int> f, int a, int b) { return Relay(f, a, b); }
    static int Relay(delegate*<int, int, int> f, int a, int b) { return f(a, b); }

    static int Main()
    {
        Step[] steps = new Step[3];
        steps[0].Op = &Mul; steps[0].Arg = 5;
        steps[1].Op = s_add; steps[1].Arg = 2;
        steps[2].Op = &Shl; steps[2].Arg = 3;
        int x = s_start;
        for (int i = 0; i < steps.Length; i++) x = steps[i].Apply(x);
        if (x != 136) return 1;
        Step copy = steps[2];
        copy.Arg = 1;
        if (copy.Apply(s_start) != 6 || steps[2].Apply(1) != 8) return 2;
        if (Forward(&Mul, 6, 7) != 42 || Forward(s_add, 6, 7) != 13) return 3;
        s_add = &Mul;
        if (s_add(s_start, s_start) != 9) return 4;
        Step local = new Step { Op = &Add, Arg = -1 };
        int y = 10;
        for (int i = 0; i < 4; i++) y = local.Apply(y);
        if (y != 6) return 5;
        return 100;
    }
}
