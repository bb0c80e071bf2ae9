// Checks loop-based popcount, leading/trailing zero counts, parity and bit reversal on uint and ulong values.
static class Program
{
    static uint s_u = 0xF00F0001u;
    static ulong s_ul = 0x8000000100000000UL;

    static int PopCount(ulong x)
    {
        int n = 0;
        while (x != 0)
        {
            x &= x - 1;
            n++;
        }
        return n;
    }

    static int Clz(uint x)
    {
        if (x == 0) return 32;
        int n = 0;
        while ((x & 0x80000000u) == 0)
        {
            x <<= 1;
            n++;
        }
        return n;
    }

    static int Ctz(ulong x)
    {
        if (x == 0) return 64;
        int n = 0;
        while ((x & 1) == 0)
        {
            x >>= 1;
            n++;
        }
        return n;
    }

    static uint Reverse(uint x)
    {
        uint r = 0;
        for (int i = 0; i < 32; i++)
        {
            r = (r << 1) | (x & 1);
            x >>= 1;
        }
        return r;
    }

    static int Main()
    {
        if (PopCount(s_u) != 9) return 1;
        if (PopCount(s_ul) != 2) return 2;
        if (PopCount(ulong.MaxValue - s_ul + s_ul) != 64) return 3;
        if (Clz(s_u) != 0) return 4;
        if (Clz(s_u >> 7) != 7) return 5;
        if (Clz(0) != 32) return 6;
        if (Ctz(s_ul) != 32) return 7;
        if (Ctz(s_u) != 0) return 8;
        if (Ctz(0) != 64) return 9;
        if (Reverse(s_u) != 0x8000F00Fu) return 10;
        if (Reverse(Reverse(s_u)) != s_u) return 11;
        if ((PopCount(s_u) & 1) != 1) return 12;
        int total = 0;
        for (uint i = 0; i < 256; i++)
            total += PopCount(i);
        if (total != 1024) return 13;
        return 100;
    }
}
