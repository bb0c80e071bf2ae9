// Checks unsigned div/rem (div.un/rem.un) for uint and ulong with the high bit set, which signed division would get wrong.
static class Program
{
    static uint s_umax = uint.MaxValue;
    static uint s_high = 0x80000000u;
    static ulong s_ulmax = ulong.MaxValue;
    static uint s_three = 3;

    static int Main()
    {
        if (s_umax / s_three != 1431655765u) return 1;
        if (s_umax % 10u != 5u) return 2;
        if (s_high / 2u != 0x40000000u) return 3;
        if (s_high % s_three != 2u) return 4;
        if (s_umax / s_high != 1u) return 5;
        if (s_umax % s_high != 0x7FFFFFFFu) return 6;
        if (7u / s_umax != 0u) return 7;
        if (s_ulmax / s_three != 6148914691236517205UL) return 8;
        if (s_ulmax % 10UL != 5UL) return 9;
        if (s_ulmax / 0x100000000UL != 0xFFFFFFFFUL) return 10;
        if (s_ulmax / 0x8000000000000000UL != 1UL) return 11;
        if (s_ulmax % 0x8000000000000000UL != 0x7FFFFFFFFFFFFFFFUL) return 12;
        if ((s_ulmax - 8446744073709551615UL) / s_three != 3333333333333333333UL) return 13;
        ulong v = s_ulmax;
        int digits = 0;
        ulong sum = 0;
        while (v != 0)
        {
            sum += v % 10;
            v /= 10;
            digits++;
        }
        if (digits != 20) return 14;
        if (sum != 87UL) return 15;
        uint w = s_umax;
        uint ds = 0;
        while (w != 0)
        {
            ds += w % 10;
            w /= 10;
        }
        if (ds != 57u) return 16;
        return 100;
    }
}
