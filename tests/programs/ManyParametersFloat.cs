// Checks calls with many float and double parameters interleaved with ints keep each value's precision, sign of zero, denormals and position.
static class Program
{
    static double s_d = 0.1;
    static float s_f = 0.1f;

    static double Mix(double a, float b, int c, double d, float e, long f, double g, float h, double i, float j, int k, double l, float m)
    {
        return a + 2 * b + 3 * c + 4 * d + 5 * e + 6 * f + 7 * g + 8 * h + 9 * i + 10 * j + 11 * k + 12 * l + 13 * m;
    }

    static float Floats(float a, float b, float c, float d, float e, float f, float g, float h, float i, float j)
    {
        return (((((a - b) * c + d - e) * f + g - h) * i) + j);
    }

    static bool SameDouble(double a, double b, double c, double d, double e, double f, double g, double h, double i, double j)
    {
        return a == 0.1 && b == 0.2 && c == 0.30000000000000004 && d == (double)0.1f && e == 1e300 && f == -0.0 && 1 / f < 0 && g == 5e-324 && h == 1.0 && i == -1.0 && j == 2.0;
    }

    static int Main()
    {
        double r = Mix(1.0, 2.0f, 3, 4.0, 5.0f, 6L, 7.0, 8.0f, 9.0, 10.0f, 11, 12.0, 13.0f);
        if (r != 819.0) return 1;
        float f = Floats(9f, 1f, 2f, 3f, 4f, 5f, 6f, 7f, 8f, 9f);
        if (f != 601f) return 2;
        if (!SameDouble(s_d, s_d * 2, s_d + s_d * 2, s_f, 1e300 * (s_d * 10), -0.0 * s_d, 5e-324 * (s_d * 10), 1.0, -1.0, 2.0)) return 3;
        float tiny = Floats(s_f, s_f, 1e-30f, 1e-30f, 0f, 1e-10f, 0f, 0f, 1f, 0f);
        if (!(tiny > 0f && tiny < 1e-38f)) return 4;
        return 100;
    }
}
