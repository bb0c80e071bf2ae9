// Checks checked unsigned addition (add.ovf.un) for uint and ulong at the wrap boundary without overflowing.
static class Program
{
    static uint s_umax = uint.MaxValue;
    static ulong s_ulmax = ulong.MaxValue;
    static uint s_one = 1;
    static uint s_high = 0x80000000u;

    static uint AddU(uint a, uint b)
    {
        return checked(a + b);
    }

    static ulong AddUL(ulong a, ulong b)
    {
        return checked(a + b);
    }

    static int Main()
    {
        if (AddU(s_umax - 1, s_one) != uint.MaxValue) return 1;
        if (AddU(s_high, s_high - 1) != uint.MaxValue) return 2;
        if (AddU(s_umax, 0) != uint.MaxValue) return 3;
        if (AddU(0x7FFFFFFFu, s_one) != 0x80000000u) return 4;
        if (AddUL(s_ulmax - 1, s_one) != ulong.MaxValue) return 5;
        if (AddUL(0x8000000000000000UL, 0x7FFFFFFFFFFFFFFFUL) != ulong.MaxValue) return 6;
        if (AddUL(s_umax, s_umax) != 0x1FFFFFFFEUL) return 7;
        if (AddUL(0x7FFFFFFFFFFFFFFFUL, s_one) != 0x8000000000000000UL) return 8;
        if (unchecked(s_umax + s_one) != 0u) return 9;
        if (unchecked(s_ulmax + s_one) != 0UL) return 10;
        return 100;
    }
}
