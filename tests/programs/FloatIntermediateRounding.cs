// Checks every float operation rounds to float32 (no hidden double precision): 2^24+1 is lost, x*x/x overflows, tiny products underflow.
static class Program
{
    static float s_big = 16777216f;
    static float s_one = 1f;
    static float s_e20 = 1e20f;
    static float s_tiny = 1e-30f;

    static float Add3(float a, float b, float c)
    {
        return a + b + c;
    }

    static int Main()
    {
        float r = s_big + s_one;
        if (r != 16777216f) return 1;
        r = s_big + s_one + s_one;
        if (r != 16777216f) return 2;
        if (Add3(s_big, s_one, s_one) != 16777216f) return 3;
        if (Add3(s_one, s_one, s_big) != 16777218f) return 4;
        float sq = s_e20 * s_e20;
        float back = sq / s_e20;
        if (back != float.PositiveInfinity) return 5;
        float t2 = s_tiny * s_tiny;
        if (t2 != 0.0f) return 6;
        float t3 = t2 * 1e30f;
        if (t3 != 0.0f) return 7;
        double d = (double)s_big + s_one;
        if (d != 16777217.0) return 8;
        float third = s_one / 3f;
        float back3 = third * 3f;
        if (back3 != 1f) return 9;
        float x = 0.1f;
        float acc = 0f;
        for (int i = 0; i < 1000; i++)
            acc += x * s_one;
        if (acc != 99.99905f) return 10;
        return 100;
    }
}
