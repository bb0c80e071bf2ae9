// Checks nint signed vs nuint unsigned comparisons and shifts by constant counts below 31 (same results for 32- and 64-bit native ints).
static class Program
{
    static nint s_neg = -64;
    static nint s_one = 1;
    static nuint s_high = 0x80000000u;

    static int Main()
    {
        nint n = s_neg;
        if (!(n < 0)) return 1;
        if (!(n < s_one)) return 2;
        nuint asUnsigned = (nuint)n;
        if (!(asUnsigned > (nuint)s_one)) return 3;
        if (!(asUnsigned > s_high)) return 4;
        if (n >> 3 != -8) return 5;
        if (n << 3 != -512) return 6;
        if (s_one << 30 != 1073741824) return 7;
        if (s_high >> 31 != 1u) return 8;
        if (s_high >> 3 != 0x10000000u) return 9;
        if ((n >>> 28) <= 0) return 10;
        nint lo = s_one - 2;
        if (lo >= 0 || !(lo > n)) return 11;
        if ((nuint)lo < s_high) return 12;
        int code = 0;
        if (n <= s_neg) code |= 1;
        if (n >= s_neg) code |= 2;
        if (n != s_neg) code |= 4;
        if (s_high >= (nuint)s_one) code |= 8;
        if (s_high <= (nuint)s_one) code |= 16;
        if (code != 11) return 13;
        nuint x = s_high;
        int steps = 0;
        while (x != 0)
        {
            x >>= 1;
            steps++;
        }
        if (steps != 32) return 14;
        return 100;
    }
}
