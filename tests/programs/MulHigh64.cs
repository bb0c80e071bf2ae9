// Checks a 64x64->128-bit multiply built from 32-bit halves (ulong mul, shifts, carries) against known products.
static class Program
{
    static ulong s_a = 0xFFFFFFFFFFFFFFFFUL;
    static ulong s_b = 0x123456789ABCDEF0UL;

    static ulong MulHigh(ulong a, ulong b, out ulong low)
    {
        ulong aLo = (uint)a;
        ulong aHi = a >> 32;
        ulong bLo = (uint)b;
        ulong bHi = b >> 32;
        ulong ll = aLo * bLo;
        ulong lh = aLo * bHi;
        ulong hl = aHi * bLo;
        ulong hh = aHi * bHi;
        ulong mid = (ll >> 32) + (uint)lh + (uint)hl;
        low = (mid << 32) | (uint)ll;
        return hh + (lh >> 32) + (hl >> 32) + (mid >> 32);
    }

    static int Main()
    {
        ulong lo;
        ulong hi = MulHigh(s_a, s_a, out lo);
        if (hi != 0xFFFFFFFFFFFFFFFEUL || lo != 1UL) return 1;
        hi = MulHigh(s_b, s_b, out lo);
        if (hi != 0x014B66DC33F6ACDCUL || lo != 0xA5E20890F2A52100UL) return 2;
        hi = MulHigh(s_a, s_b, out lo);
        if (hi != 0x123456789ABCDEEFUL || lo != 0xEDCBA98765432110UL) return 3;
        hi = MulHigh(0x100000000UL, 0x100000000UL, out lo);
        if (hi != 1UL || lo != 0UL) return 4;
        hi = MulHigh(s_b, 0UL, out lo);
        if (hi != 0UL || lo != 0UL) return 5;
        if (lo != s_b * 0UL) return 6;
        hi = MulHigh(s_b, s_a, out lo);
        if (lo != unchecked(s_b * s_a)) return 7;
        return 100;
    }
}
