// Checks uint comparisons (clt.un/cgt.un, blt.un/bge.un/...) order values with the high bit set above small ones, unlike int.
static class Program
{
    static uint s_big = 0x80000000u;
    static uint s_small = 1;
    static int s_negOne = -1;

    static bool Lt(uint a, uint b) { return a < b; }
    static bool Le(uint a, uint b) { return a <= b; }
    static bool Gt(uint a, uint b) { return a > b; }
    static bool Ge(uint a, uint b) { return a >= b; }

    static int Main()
    {
        if (!Gt(s_big, s_small)) return 1;
        if (Lt(s_big, s_small)) return 2;
        if (!Ge(s_big, s_big) || !Le(s_big, s_big)) return 3;
        if ((int)s_big > (int)s_small) return 4;
        uint m = (uint)s_negOne;
        if (!(m > s_big)) return 5;
        if (m < 0xFFFFFFFEu) return 6;
        if (s_negOne > 0 || (uint)s_negOne <= 0u) return 7;
        int branches = 0;
        if (s_big > s_small) branches += 1;
        if (s_big >= s_small) branches += 2;
        if (s_big < s_small) branches += 4;
        if (s_big <= s_small) branches += 8;
        if (s_big == s_small) branches += 16;
        if (s_big != s_small) branches += 32;
        if (branches != 35) return 8;
        int count = 0;
        for (uint u = 0xFFFFFFF0u; u >= 0xFFFFFFF0u; u++)
            count++;
        if (count != 16) return 9;
        uint idx = (uint)(s_negOne - 4);
        if (idx < 10u) return 10;
        int signedIdx = s_negOne;
        if ((uint)signedIdx < 10u) return 11;
        if (!((uint)(signedIdx + 5) < 10u)) return 12;
        return 100;
    }
}
