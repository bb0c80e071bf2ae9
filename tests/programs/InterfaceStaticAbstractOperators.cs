// Checks operators declared as static abstract interface members: a generic polynomial evaluation and a generic power function use +, * and a static One on an own modular-integer struct and an own 2x2 matrix class.
interface IRing<T> where T : IRing<T>
{
    static abstract T One { get; }
    static abstract T operator +(T a, T b);
    static abstract T operator *(T a, T b);
}

struct Mod97 : IRing<Mod97>
{
    public int V;
    public Mod97(int v) { V = ((v % 97) + 97) % 97; }
    public static Mod97 One { get { return new Mod97(1); } }
    public static Mod97 operator +(Mod97 a, Mod97 b) { return new Mod97(a.V + b.V); }
    public static Mod97 operator *(Mod97 a, Mod97 b) { return new Mod97(a.V * b.V); }
}

class Mat : IRing<Mat>
{
    public long A, B, C, D;
    public Mat(long a, long b, long c, long d) { A = a; B = b; C = c; D = d; }
    public static Mat One { get { return new Mat(1, 0, 0, 1); } }
    public static Mat operator +(Mat x, Mat y) { return new Mat(x.A + y.A, x.B + y.B, x.C + y.C, x.D + y.D); }
    public static Mat operator *(Mat x, Mat y)
    {
        return new Mat(x.A * y.A + x.B * y.C, x.A * y.B + x.B * y.D, x.C * y.A + x.D * y.C, x.C * y.B + x.D * y.D);
    }
}

static class Program
{
    static int s_exp = 30;

    static T Power<T>(T x, int n) where T : IRing<T>
    {
        T result = T.One;
        while (n > 0)
        {
            if ((n & 1) != 0) result = result * x;
            x = x * x;
            n >>= 1;
        }
        return result;
    }

    static T Horner<T>(T[] coeffs, T x) where T : IRing<T>
    {
        T acc = coeffs[coeffs.Length - 1];
        for (int i = coeffs.Length - 2; i >= 0; i--) acc = acc * x + coeffs[i];
        return acc;
    }

    static int Main()
    {
        if (Power(new Mod97(2), s_exp).V != 33) return 1;
        if (Power(new Mod97(5), 96).V != 1) return 2;
        Mat fib = Power(new Mat(1, 1, 1, 0), s_exp);
        if (fib.B != 832040 || fib.A != 1346269) return 3;
        Mod97[] poly = { new Mod97(3), new Mod97(0), new Mod97(2), new Mod97(1) };
        // x^3 + 2x^2 + 3 at x = 10: 1203 mod 97
        if (Horner(poly, new Mod97(10)).V != 1203 % 97) return 4;
        Mat[] mpoly = { Mat.One, Mat.One };
        Mat m = Horner(mpoly, new Mat(2, 0, 0, s_exp));
        if (m.A != 3 || m.D != 31 || m.B != 0) return 5;
        return 100;
    }
}
