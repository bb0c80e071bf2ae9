// Checks delegates passed to and returned from methods: method groups and lambdas converted at the call site, a method choosing which delegate to return, a delegate returned through several calls, and a delegate passed down a recursive call chain.
class Greeter
{
    public string Prefix;
    public string Greet(string n) { return Prefix + n; }
}

static class Program
{
    static int s_mode = 2;

    static int Inc(int x) { return x + 1; }
    static int Dec(int x) { return x - 1; }
    static int Neg(int x) { return -x; }

    static int Apply(System.Func<int, int> f, int x) { return f(x); }
    static int ApplyN(System.Func<int, int> f, int x, int n) { return n == 0 ? x : ApplyN(f, f(x), n - 1); }

    static System.Func<int, int> Pick(int mode)
    {
        switch (mode)
        {
            case 0: return Inc;
            case 1: return Dec;
            case 2: return Neg;
            default: return x => x * mode;
        }
    }

    static System.Func<int, int> PassThrough(System.Func<int, int> f) { return f; }
    static System.Func<int, int> Wrap(System.Func<int, int> f) { return x => f(x) + 1000; }
    static System.Func<string, string> GreeterFor(string p) { return new Greeter { Prefix = p }.Greet; }

    static int Main()
    {
        if (Apply(Inc, 5) != 6 || Apply(Dec, 5) != 4) return 1;
        if (Apply(x => x * x, s_mode + 3) != 25) return 2;
        if (Pick(s_mode)(8) != -8) return 3;
        if (Pick(0)(8) != 9 || Pick(1)(8) != 7) return 4;
        if (Pick(s_mode + 5)(3) != 21) return 5;
        if (PassThrough(PassThrough(Pick(0)))(1) != 2) return 6;
        if (Wrap(Wrap(Neg))(5) != 1995) return 7;
        if (ApplyN(Inc, 0, 50) != 50) return 8;
        if (ApplyN(Pick(2), 7, 3) != -7) return 9;
        System.Func<string, string> g = GreeterFor("hi ");
        if (g("bob") != "hi bob") return 10;
        int r = 0;
        for (int m = 0; m < 4; m++) r = r * 10 + Apply(Pick(m), 2) + 3;
        if (r != 6419) return 11;
        return 100;
    }
}
