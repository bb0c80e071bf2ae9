// Checks iterative numeric code: integer square root by Newton's method (ulong) and double Newton iteration converging to sqrt(2).
static class Program
{
    static ulong s_n = 1000000000000000000UL;
    static double s_two = 2.0;

    static ulong ISqrt(ulong n)
    {
        if (n < 2) return n;
        ulong x = n / 2 + 1;
        ulong y = (x + n / x) / 2;
        while (y < x)
        {
            x = y;
            y = (x + n / x) / 2;
        }
        return x;
    }

    static double Sqrt(double a)
    {
        double x = a;
        double prev = 0;
        int guard = 0;
        while (x != prev && guard < 100)
        {
            prev = x;
            x = 0.5 * (x + a / x);
            guard++;
        }
        return x;
    }

    static int Main()
    {
        if (ISqrt(s_n) != 1000000000UL) return 1;
        if (ISqrt(s_n - 1) != 999999999UL) return 2;
        if (ISqrt(ulong.MaxValue - s_n + s_n) != 4294967295UL) return 3;
        if (ISqrt(99) != 9UL) return 4;
        for (ulong i = 0; i < 2000; i++)
        {
            ulong r = ISqrt(i);
            if (r * r > i || (r + 1) * (r + 1) <= i) return 5;
        }
        double s = Sqrt(s_two);
        if (s != 1.4142135623730951 && s != 1.4142135623730950) return 6;
        if (Sqrt(s_two * 8.0) != 4.0) return 7;
        double err = s * s - s_two;
        if (err > 1e-15 || err < -1e-15) return 8;
        return 100;
    }
}
