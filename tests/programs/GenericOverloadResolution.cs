// Checks overload resolution between generic and non-generic methods: an exact non-generic overload wins, a generic one wins over a conversion, explicit type arguments force the generic one, and overloads on generic class members after substitution.
class Printer<T>
{
    public int Put(T value) { return 1; }
    public int Put(object value) { return 2; }
    public int Put(int value) { return 3; }
}

static class Program
{
    static int s_i = 1;

    static int F(int x) { return 10; }
    static int F<T>(T x) { return 20; }
    static int F(object x) { return 30; }
    static int F(long x) { return 40; }

    static int G<T>(T x, T y) { return 1; }
    static int G<T, U>(T x, U y) { return 2; }

    static int Main()
    {
        if (F(s_i) != 10) return 1;
        if (F((short)s_i) != 20) return 2;
        if (F(2L) != 40) return 3;
        if (F("s") != 20 || F((object)"s") != 30) return 4;
        if (F<int>(s_i) != 20 || F<object>("s") != 20) return 5;
        if (G(1, "a") != 2 || G<object>(1, "a") != 1 || G<int, int>(1, 2) != 2) return 6;
        Printer<string> ps = new Printer<string>();
        if (ps.Put("x") != 1 || ps.Put((object)"x") != 2 || ps.Put(s_i) != 3) return 7;
        Printer<long> pl = new Printer<long>();
        if (pl.Put(5L) != 1 || pl.Put(s_i) != 3) return 8;
        return 100;
    }
}
