// Checks checked unsigned multiplication (mul.ovf.un) for uint and ulong at products just inside the range.
static class Program
{
    static uint s_u16 = 65535;
    static uint s_two = 2;
    static ulong s_ul32 = 0xFFFFFFFFUL;

    static uint MulU(uint a, uint b)
    {
        return checked(a * b);
    }

    static ulong MulUL(ulong a, ulong b)
    {
        return checked(a * b);
    }

    static int Main()
    {
        if (MulU(s_u16, 65537u) != uint.MaxValue) return 1;
        if (MulU(0x7FFFFFFFu, s_two) != 0xFFFFFFFEu) return 2;
        if (MulU(0x80000000u, 1u) != 0x80000000u) return 3;
        if (MulU(uint.MaxValue, 0u) != 0u) return 4;
        if (MulUL(s_ul32, 0x100000001UL) != ulong.MaxValue) return 5;
        if (MulUL(0x8000000000000000UL, 1UL) != 0x8000000000000000UL) return 6;
        if (MulUL(s_ul32, s_ul32) != 0xFFFFFFFE00000001UL) return 7;
        if (MulUL(0x7FFFFFFFFFFFFFFFUL, s_two) != 0xFFFFFFFFFFFFFFFEUL) return 8;
        if (unchecked(s_u16 * 65538u) != 65534u) return 9;
        ulong p = 1;
        for (int i = 0; i < 63; i++)
            p = checked(p * s_two);
        if (p != 0x8000000000000000UL) return 10;
        return 100;
    }
}
