// Checks float % has fmod semantics in single precision: sign of the dividend, exact results, NaN and infinity cases.
#pragma warning disable CS1718 // comparing a value with itself is the NaN check under test
static class Program
{
    static float s_a = 7.5f;
    static float s_two = 2.0f;
    static float s_zero = 0.0f;
    static float s_big = 1e10f;

    static bool IsNaN(float x) { return x != x; }

    static int Main()
    {
        if (s_a % s_two != 1.5f) return 1;
        if (-s_a % s_two != -1.5f) return 2;
        if (s_a % -s_two != 1.5f) return 3;
        if (!IsNaN(s_a % s_zero)) return 4;
        if (!IsNaN(float.PositiveInfinity % s_two)) return 5;
        if (s_a % float.PositiveInfinity != s_a) return 6;
        if (s_big % (s_two + 1.0f) != 1.0f) return 7;
        if (s_big % (s_two * 0.05f) != 0.0883902832865715f) return 8;
        if (-1e30f % (s_two + 5.0f) != -1.0f) return 9;
        float nz = -s_two % s_two;
        if (nz != 0.0f || 1.0f / nz > 0.0f) return 10;
        float f = s_a;
        f %= 0.25f;
        if (f != 0.0f) return 11;
        return 100;
    }
}
