// Checks checked unsigned subtraction (sub.ovf.un) for uint and ulong down to exactly zero, and unchecked borrow wrap.
static class Program
{
    static uint s_u = 5;
    static ulong s_ul = 0x100000000UL;
    static uint s_umax = uint.MaxValue;

    static uint SubU(uint a, uint b)
    {
        return checked(a - b);
    }

    static ulong SubUL(ulong a, ulong b)
    {
        return checked(a - b);
    }

    static int Main()
    {
        if (SubU(s_u, 5u) != 0u) return 1;
        if (SubU(s_umax, s_umax) != 0u) return 2;
        if (SubU(s_umax, 0u) != uint.MaxValue) return 3;
        if (SubU(0x80000000u, s_u - 4) != 0x7FFFFFFFu) return 4;
        if (SubUL(s_ul, 1UL) != 0xFFFFFFFFUL) return 5;
        if (SubUL(ulong.MaxValue, ulong.MaxValue) != 0UL) return 6;
        if (SubUL(s_ul, s_ul) != 0UL) return 7;
        if (SubUL(0x8000000000000000UL, 1UL) != 0x7FFFFFFFFFFFFFFFUL) return 8;
        if (unchecked(s_u - 6u) != uint.MaxValue) return 9;
        if (unchecked(s_ul - 0x100000001UL) != ulong.MaxValue) return 10;
        uint x = s_u;
        int steps = 0;
        while (x != 0)
        {
            x = checked(x - 1u);
            steps++;
        }
        if (steps != 5) return 11;
        return 100;
    }
}
