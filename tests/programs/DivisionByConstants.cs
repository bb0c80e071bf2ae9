// Checks integer division and remainder by constant divisors (compiled without the zero and overflow checks a variable divisor needs): signed and unsigned, 32 and 64 bits, positive and negative divisors, MinValue dividends and 1.
static class Program
{
    static int s_min = int.MinValue, s_seven = 7, s_minus = -100;
    static long s_lmin = long.MinValue, s_lbig = 9_000_000_000_000_000_123;
    static uint s_ubig = 0xFFFF_FFF0u;
    static ulong s_ulbig = 0xFFFF_FFFF_FFFF_FFF0ul;

    static int Main()
    {
        if (s_min / 2 != -1073741824 || s_min % 3 != -2 || s_min / 1 != int.MinValue) return 1;
        if (s_seven / 3 != 2 || s_seven % 3 != 1 || s_seven / -3 != -2 || s_seven % -3 != 1) return 2;
        if (s_minus / 7 != -14 || s_minus % 7 != -2 || s_minus / -7 != 14 || s_minus % -7 != -2) return 3;
        if (s_lmin / 2 != -4611686018427387904L || s_lmin % 10 != -8 || s_lbig / 1000 != 9_000_000_000_000_000L) return 4;
        if (s_lbig % 1000 != 123 || s_lbig / -1000 != -9_000_000_000_000_000L) return 5;
        if (s_ubig / 16 != 0x0FFF_FFFFu || s_ubig % 7 != 0xFFFF_FFF0u % 7 || s_ubig / 0x8000_0000u != 1) return 6;
        if (s_ulbig / 0xFFFF_FFFF_FFFF_FFFFul != 0 || s_ulbig % 0xFFFF_FFFF_FFFF_FFFFul != s_ulbig) return 7;
        if (s_ulbig / 3 != 0x5555_5555_5555_5550ul) return 8;
        int sum = 0;
        for (int i = -50; i <= 50; i++) sum += i / 4 + i % 4 * 3 + (int)((uint)(i + 100) / 3u);
        if (sum != 3333) return 9;
        return 100;
    }
}
