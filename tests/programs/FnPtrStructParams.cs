// Checks function pointers with struct, long and double parameters and returns: a small and a large struct by value, long arithmetic across the 32-bit boundary, doubles, and mixed argument lists. Needs -unsafe.
struct Vec { public int X, Y; }
struct Big { public long A, B, C; public int D; }

static unsafe class Program
{
    static long s_l = 1L << 35;
    static double s_d = 0.25;

    static Vec AddVec(Vec a, Vec b) { return new Vec { X = a.X + b.X, Y = a.Y + b.Y }; }
    static Big Grow(Big b, long k) { b.A *= k; b.B += k; b.C -= k; b.D++; return b; }
    static long MulAdd(long a, long b, long c) { return a * b + c; }
    static double Lerp(double a, double b, double t) { return a + (b - a) * t; }
    static double Mixed(int i, long l, double d, Vec v) { return i + l + d + v.X * v.Y; }

    static int Main()
    {
        delegate*<Vec, Vec, Vec> add = &AddVec;
        Vec r = add(new Vec { X = 1, Y = 2 }, new Vec { X = 30, Y = 40 });
        if (r.X != 31 || r.Y != 42) return 1;
        delegate*<Big, long, Big> grow = &Grow;
        Big b = new Big { A = 3, B = s_l, C = 0, D = 9 };
        Big g = grow(grow(b, 2), 3);
        if (g.A != 18 || g.B != s_l + 5 || g.C != -5 || g.D != 11) return 2;
        if (b.A != 3 || b.D != 9) return 3;
        delegate*<long, long, long, long> ma = &MulAdd;
        if (ma(s_l, 4, -1) != (1L << 37) - 1) return 4;
        if (ma(-s_l, 1L << 20, 7) != -(1L << 55) + 7) return 5;
        delegate*<double, double, double, double> lerp = &Lerp;
        if (lerp(10.0, 20.0, s_d) != 12.5) return 6;
        if (lerp(-1.0, 1.0, s_d * 2) != 0.0) return 7;
        delegate*<int, long, double, Vec, double> mixed = &Mixed;
        if (mixed(1, 2L, s_d, new Vec { X = 3, Y = 4 }) != 15.25) return 8;
        return 100;
    }
}
