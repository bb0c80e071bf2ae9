// Checks ulong comparisons treat values with bit 63 (and bit 31 of the low half) as large, including comparisons decided by the low half.
static class Program
{
    static ulong s_big = 0x8000000000000000UL;
    static ulong s_lowBig = 0x00000000FFFFFFFFUL;
    static ulong s_hi1 = 0x0000000100000000UL;
    static long s_negOne = -1;

    static bool Lt(ulong a, ulong b) { return a < b; }
    static bool Gt(ulong a, ulong b) { return a > b; }

    static int Main()
    {
        if (!Gt(s_big, s_lowBig)) return 1;
        if (!Lt(s_lowBig, s_hi1)) return 2;
        if (Lt(s_hi1, s_lowBig)) return 3;
        if (!Gt(s_hi1 + 0x80000000UL, s_hi1 + 1)) return 4;
        if ((long)s_big > (long)s_lowBig) return 5;
        if (!((ulong)s_negOne > s_big)) return 6;
        if (s_negOne >= 0) return 7;
        int branches = 0;
        if (s_big > s_hi1) branches += 1;
        if (s_big >= s_hi1) branches += 2;
        if (s_big < s_hi1) branches += 4;
        if (s_big <= s_hi1) branches += 8;
        if (s_big == s_hi1) branches += 16;
        if (s_big != s_hi1) branches += 32;
        if (branches != 35) return 8;
        ulong a = 0x00000001_80000000UL;
        ulong b = 0x00000001_7FFFFFFFUL;
        if (!(a > b) || a <= b) return 9;
        ulong c = 0x80000000_00000000UL;
        ulong d = 0x7FFFFFFF_FFFFFFFFUL;
        if (c < d) return 10;
        int count = 0;
        for (ulong u = ulong.MaxValue - 9 + (ulong)(s_negOne + 1); u != 0; u++)
            count++;
        if (count != 10) return 11;
        return 100;
    }
}
