// Checks xorshift32 and xorshift64 generators (shifts, xor, ulong/uint wrap) produce the expected sequence values.
static class Program
{
    static uint s_seed32 = 2463534242u;
    static ulong s_seed64 = 88172645463325252UL;

    static uint Next32(ref uint x)
    {
        x ^= x << 13;
        x ^= x >> 17;
        x ^= x << 5;
        return x;
    }

    static ulong Next64(ref ulong x)
    {
        x ^= x << 13;
        x ^= x >> 7;
        x ^= x << 17;
        return x;
    }

    static int Main()
    {
        uint s = s_seed32;
        uint first = Next32(ref s);
        if (first != 723471715u) return 1;
        uint last = 0;
        for (int i = 1; i < 1000; i++)
            last = Next32(ref s);
        if (last != s) return 2;
        if (s != 3298996588u) return 3;
        ulong t = s_seed64;
        ulong f64 = Next64(ref t);
        if (f64 != 8748534153485358512UL) return 4;
        for (int i = 1; i < 1000; i++)
            Next64(ref t);
        if (t != 1363160026601443621UL) return 5;
        return 100;
    }
}
