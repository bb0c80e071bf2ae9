// Checks conditional ?: expressions: nesting, mixed-type results with implicit widening, ternaries as arguments and in loops.
static class Program
{
    static int s_a = 5;
    static int s_b = -3;
    static long s_big = 0x100000000L;

    static int Sign(int x)
    {
        return x > 0 ? 1 : x < 0 ? -1 : 0;
    }

    static long Pick(bool c, int x, long y)
    {
        return c ? x : y;
    }

    static int Main()
    {
        if (Sign(s_a) != 1 || Sign(s_b) != -1 || Sign(s_a + s_b - 2) != 0) return 1;
        int max = s_a > s_b ? s_a : s_b;
        if (max != 5) return 2;
        long l = Pick(s_a < 0, s_a, s_big);
        if (l != 0x100000000L) return 3;
        l = Pick(s_a > 0, s_b, s_big);
        if (l != -3L) return 4;
        double d = s_a > 0 ? s_a : 0.5;
        if (d != 5.0) return 5;
        uint u = s_b < 0 ? (uint)s_b : 0u;
        if (u != 4294967293u) return 6;
        int sum = 0;
        for (int i = 0; i < 10; i++)
            sum += (i & 1) == 0 ? i : -i;
        if (sum != -5) return 7;
        int abs = Sign(s_b) < 0 ? -s_b : s_b;
        if (abs != 3) return 8;
        int clamp = s_a * 100 > 255 ? 255 : s_a * 100 < 0 ? 0 : s_a * 100;
        if (clamp != 255) return 9;
        float f = s_b > 0 ? 1.5f : s_b == 0 ? 0f : -1.5f;
        if (f != -1.5f) return 10;
        bool b = s_a > 3 ? s_b > 0 : s_b < 0;
        if (b) return 11;
        return 100;
    }
}
