// Checks rotate idioms (x << n) | (x >> (w - n)) for uint and ulong, including n == 0 where the right shift count is masked.
static class Program
{
    static uint s_u = 0x12345678u;
    static ulong s_ul = 0x0123456789ABCDEFUL;

    static uint RotL(uint x, int n) { return (x << n) | (x >> (32 - n)); }
    static uint RotR(uint x, int n) { return (x >> n) | (x << (32 - n)); }
    static ulong RotL64(ulong x, int n) { return (x << n) | (x >> (64 - n)); }
    static ulong RotR64(ulong x, int n) { return (x >> n) | (x << (64 - n)); }

    static int Main()
    {
        if (RotL(s_u, 8) != 0x34567812u) return 1;
        if (RotR(s_u, 8) != 0x78123456u) return 2;
        if (RotL(s_u, 0) != s_u) return 3;
        if (RotL(s_u, 32) != s_u) return 4;
        if (RotL(0x80000000u, 1) != 1u) return 5;
        if (RotL64(s_ul, 4) != 0x123456789ABCDEF0UL) return 6;
        if (RotR64(s_ul, 4) != 0xF0123456789ABCDEUL) return 7;
        if (RotL64(s_ul, 32) != 0x89ABCDEF01234567UL) return 8;
        if (RotL64(s_ul, 0) != s_ul) return 9;
        for (int n = 0; n < 40; n++)
        {
            if (RotR(RotL(s_u, n), n) != s_u) return 10;
            if (RotR64(RotL64(s_ul, n), n) != s_ul) return 11;
        }
        uint h = 0;
        for (uint i = 0; i < 16; i++)
            h = RotL(h ^ i, 5) + 0x9E3779B9u;
        if (h != 0xDC90CFF6u) return 12;
        return 100;
    }
}
