// Checks float NaN compares unordered: <, <=, >, >=, == are false and != is true, both as values and as (negated) branches.
#pragma warning disable CS1718 // comparing a value with itself is the NaN check under test
static class Program
{
    static float s_nan = float.NaN;
    static float s_zero = 0.0f;
    static float s_one = 1.0f;

    static int Branches(float a, float b)
    {
        int r = 0;
        if (a < b) r |= 1;
        if (a <= b) r |= 2;
        if (a > b) r |= 4;
        if (a >= b) r |= 8;
        if (a == b) r |= 16;
        if (a != b) r |= 32;
        if (!(a < b)) r |= 64;
        if (!(a <= b)) r |= 128;
        if (!(a > b)) r |= 256;
        if (!(a >= b)) r |= 512;
        return r;
    }

    static int Values(float a, float b)
    {
        bool lt = a < b, le = a <= b, gt = a > b, ge = a >= b, eq = a == b, ne = a != b;
        return (lt ? 1 : 0) | (le ? 2 : 0) | (gt ? 4 : 0) | (ge ? 8 : 0) | (eq ? 16 : 0) | (ne ? 32 : 0);
    }

    static int Main()
    {
        float nan = s_nan;
        if (Branches(nan, s_one) != (32 | 64 | 128 | 256 | 512)) return 1;
        if (Branches(s_one, nan) != (32 | 64 | 128 | 256 | 512)) return 2;
        if (Branches(nan, nan) != (32 | 64 | 128 | 256 | 512)) return 3;
        if (Values(nan, s_one) != 32) return 4;
        if (Values(nan, nan) != 32) return 5;
        if (nan == nan) return 6;
        if (!(nan != nan)) return 7;
        float computed = s_zero / s_zero;
        if (computed == computed) return 8;
        float inf = s_one / s_zero;
        float infMinusInf = inf - inf;
        if (!(infMinusInf != infMinusInf)) return 9;
        if (Branches(s_one, s_zero) != (4 | 8 | 32 | 64 | 128)) return 10;
        int loops = 0;
        for (float d = nan; d < 10.0f; d += 1.0f)
            loops++;
        if (loops != 0) return 11;
        while (!(nan >= 0.0f) && loops < 3)
            loops++;
        if (loops != 3) return 12;
        float m = nan > s_one ? nan : s_one;
        if (m != s_one) return 13;
        float sum = nan + s_one;
        if (sum == sum) return 14;
        return 100;
    }
}
