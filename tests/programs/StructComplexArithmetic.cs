// Checks struct operator overloads on a complex number with double fields: +, -, *, conjugate, squared magnitude, a Mandelbrot escape-time count over a small grid, and structs as operator results used in expressions.
struct Complex
{
    public double Re, Im;
    public Complex(double re, double im) { Re = re; Im = im; }
    public static Complex operator +(Complex a, Complex b) { return new Complex(a.Re + b.Re, a.Im + b.Im); }
    public static Complex operator -(Complex a, Complex b) { return new Complex(a.Re - b.Re, a.Im - b.Im); }
    public static Complex operator *(Complex a, Complex b) { return new Complex(a.Re * b.Re - a.Im * b.Im, a.Re * b.Im + a.Im * b.Re); }
    public Complex Conj() { return new Complex(Re, -Im); }
    public double Norm2() { return Re * Re + Im * Im; }
}

static class Program
{
    static int s_max = 50;

    static int Escape(Complex c)
    {
        Complex z = new Complex(0, 0);
        for (int i = 0; i < s_max; i++)
        {
            z = z * z + c;
            if (z.Norm2() > 4.0) return i;
        }
        return s_max;
    }

    static int Main()
    {
        Complex i = new Complex(0, 1);
        Complex m1 = i * i;
        if (m1.Re != -1 || m1.Im != 0) return 1;
        Complex a = new Complex(3, 4);
        if (a.Norm2() != 25 || (a * a.Conj()).Re != 25 || (a * a.Conj()).Im != 0) return 2;
        Complex b = a - new Complex(1, 1) + i;
        if (b.Re != 2 || b.Im != 4) return 3;
        int inside = 0, total = 0;
        for (int y = -10; y <= 10; y++)
            for (int x = -20; x <= 5; x++)
            {
                int e = Escape(new Complex(x / 10.0, y / 10.0));
                total += e;
                if (e == s_max) inside++;
            }
        if (inside != 0 && total == 0) return 4;
        if (Escape(new Complex(0, 0)) != 50 || Escape(new Complex(-1, 0)) != 50) return 5;
        if (Escape(new Complex(1, 1)) != 1 || Escape(new Complex(2, 2)) != 0) return 6;
        return Check(inside, total);
    }

    static int Check(int inside, int total)
    {
        if (inside != 163) return 7;
        if (total != 9901) return 8;
        return 100;
    }
}
