// Checks managed function pointers (delegate*<int, int>) to static methods: taking &Method, calling through the pointer, reassigning it, passing it to and returning it from methods, and choosing one at run time. Needs -unsafe.
static unsafe class Program
{
    static int s_x = 6;

    static int Square(int x) { return x * x; }
    static int Negate(int x) { return -x; }
    static int AddTen(int x) { return x + 10; }

    static int ApplyTwice(delegate*<int, int> f, int x) { return f(f(x)); }

    static delegate*<int, int> Choose(int mode)
    {
        if (mode == 0) return &Square;
        if (mode == 1) return &Negate;
        return &AddTen;
    }

    static int Main()
    {
        delegate*<int, int> f = &Square;
        if (f(s_x) != 36) return 1;
        f = &Negate;
        if (f(s_x) != -6) return 2;
        if (ApplyTwice(&Square, s_x - 3) != 81) return 3;
        if (ApplyTwice(&AddTen, s_x) != 26) return 4;
        if (Choose(0)(5) != 25 || Choose(1)(5) != -5 || Choose(s_x)(5) != 15) return 5;
        int acc = 1;
        for (int i = 0; i < 3; i++) acc = Choose(i)(acc + 1);
        if (acc != 6) return 6;
        delegate*<int, int> g = Choose(s_x - 6);
        if (ApplyTwice(g, 2) != 16) return 7;
        return 100;
    }
}
