// Checks int/uint shift counts are masked to 5 bits (x << 33 == x << 1, x << 32 == x, x << -1 == x << 31).
static class Program
{
    static int s_one = 1;
    static int s_neg = -16;
    static uint s_u = 0x80000001u;

    static int Shl(int x, int n) { return x << n; }
    static int Shr(int x, int n) { return x >> n; }
    static uint ShrU(uint x, int n) { return x >> n; }

    static int Main()
    {
        if (Shl(s_one, 33) != 2) return 1;
        if (Shl(s_one, 32) != 1) return 2;
        if (Shl(s_one, 31) != int.MinValue) return 3;
        if (Shl(s_one, -1) != int.MinValue) return 4;
        if (Shl(s_one, 64) != 1) return 5;
        if (Shr(s_neg, 32) != -16) return 6;
        if (Shr(s_neg, 34) != -4) return 7;
        if (Shr(s_neg, 63) != -1) return 8;
        if (ShrU(s_u, 32) != 0x80000001u) return 9;
        if (ShrU(s_u, 63) != 1u) return 10;
        if (ShrU(s_u, -31) != 0x40000000u) return 11;
        if ((s_u << 33) != 2u) return 12;
        int sum = 0;
        for (int n = 0; n < 128; n++)
            sum += Shl(s_one, n) == Shl(s_one, n & 31) ? 1 : 0;
        if (sum != 128) return 13;
        int k = 37;
        int v = s_one;
        v <<= k;
        if (v != 32) return 14;
        return 100;
    }
}
