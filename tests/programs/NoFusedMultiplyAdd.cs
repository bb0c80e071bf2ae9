// Checks a*b+c and a*b-c are computed with two roundings (never fused into an FMA) for double and float.
static class Program
{
    static double s_a = 1.0 + 1.0 / 134217728.0;
    static double s_c = 1.0 + 1.0 / 67108864.0;
    static float s_fa = 1.0f + 1.0f / 8192.0f;
    static float s_fc = 1.0f + 1.0f / 4096.0f;

    static double MulSub(double a, double b, double c)
    {
        return a * b - c;
    }

    static float MulSubF(float a, float b, float c)
    {
        return a * b - c;
    }

    static int Main()
    {
        double r = s_a * s_a - s_c;
        if (r != 0.0) return 1;
        if (MulSub(s_a, s_a, s_c) != 0.0) return 2;
        double r2 = -s_c + s_a * s_a;
        if (r2 != 0.0) return 3;
        float fr = s_fa * s_fa - s_fc;
        if (fr != 0.0f) return 4;
        if (MulSubF(s_fa, s_fa, s_fc) != 0.0f) return 5;
        double p = s_a * s_a;
        double e = p - s_c;
        if (e != 0.0) return 6;
        double x = 0.1;
        double y = 10.0;
        double z = -1.0;
        double t = x * y + z;
        if (t != 0.0) return 7;
        return 100;
    }
}
