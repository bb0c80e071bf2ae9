// Checks delegates to methods with six to eight parameters of mixed types (int, long, double, a struct, a byte and a bool): custom delegate types over static and instance methods and lambdas, and Func/Action with six and seven arguments, so arguments past the first few are passed in the right order.
using System;

struct Pair { public int A; public long B; }

delegate long Six(int a, long b, double c, Pair p, int d, long e);
delegate double Eight(double a, int b, Pair c, long d, byte e, double f, bool g, int h);
delegate void SevenOut(int a, int b, int c, int d, int e, int f, ref long acc);

sealed class Calc
{
    public long Bias;
    public long SixInst(int a, long b, double c, Pair p, int d, long e) => Bias + a - b + (long)c * 10 + p.A * 100 + p.B + d * 1000 + e;
}

static class Program
{
    static int s_one = 1;
    static long s_big = 1L << 36;

    static long SixStatic(int a, long b, double c, Pair p, int d, long e) => a * 2 + b * 3 + (long)(c * 4) + p.A * 5 + p.B * 6 + d * 7 + e * 8;
    static double EightStatic(double a, int b, Pair c, long d, byte e, double f, bool g, int h)
        => g ? a * b + c.A - c.B + d + e * f + h : -1;
    static void SevenStatic(int a, int b, int c, int d, int e, int f, ref long acc)
        => acc = acc * 10 + a + b * 2 + c * 3 + d * 4 + e * 5 + f * 6;

    static int Main()
    {
        int o = s_one;
        Pair p = new Pair { A = 3, B = s_big };
        Six s = SixStatic;
        if (s(o, 2, 1.5, p, 4, 5) != 2 + 6 + 6 + 15 + 6 * s_big + 28 + 40) return 1;
        var calc = new Calc { Bias = 1000000 };
        s = calc.SixInst;
        if (s(o, 2, 7.9, p, 4, -s_big) != 1000000 + 1 - 2 + 70 + 300 + 4000) return 2;
        s = (a, b, c, q, d, e) => a ^ b ^ (long)c ^ q.A ^ q.B ^ d ^ e;
        if (s(o, 2, 4.0, p, 8, 16) != (1 ^ 2 ^ 4 ^ 3 ^ s_big ^ 8 ^ 16)) return 3;

        Eight e8 = EightStatic;
        Pair q2 = new Pair { A = 10, B = 4 };
        if (e8(0.5, 8, q2, s_big, 200, 0.25, true, -7) != 4 + 6 + s_big + 50 - 7) return 4;
        if (e8(0.5, 8, q2, s_big, 200, 0.25, o == 0, -7) != -1) return 5;

        SevenOut so = SevenStatic;
        long acc = 0;
        so(o, 0, 0, 0, 0, 0, ref acc);
        so(0, 0, 0, 0, 0, o, ref acc);
        if (acc != 16) return 6;

        Func<int, long, double, Pair, byte, bool, long> f6 = (a, b, c, d, e, g) => g ? a + b + (long)c + d.A + d.B + e : 0;
        if (f6(o, s_big, 2.75, p, 255, true) != 1 + s_big + 2 + 3 + s_big + 255) return 7;
        int seen = 0;
        Action<int, int, int, int, int, int, int> a7 = (a, b, c, d, e, f, g) => seen = ((((((a * 2 + b) * 2 + c) * 2 + d) * 2 + e) * 2 + f) * 2 + g);
        a7(o, 0, o, 0, 0, o, o);
        if (seen != 0b1010011) return 8;
        Func<long, long, long, long, long, long, long, long> f7 = (a, b, c, d, e, f, g) => a - b + c - d + e - f + g;
        if (f7(s_big, 1, 2, 3, 4, 5, s_big) != 2 * s_big - 3) return 9;
        return 100;
    }
}
