// Checks signed division and remainder by powers of two round toward zero for negative dividends (no plain arithmetic shift).
static class Program
{
    static int s_x = -7;
    static long s_lx = -7;

    static int Main()
    {
        int x = s_x;
        if (x / 2 != -3) return 1;
        if (x / 4 != -1) return 2;
        if (x / 8 != 0) return 3;
        if (x % 2 != -1) return 4;
        if (x % 4 != -3) return 5;
        if (x % 8 != -7) return 6;
        if (x >> 1 != -4) return 7;
        if (x / -2 != 3) return 8;
        if (x % -4 != -3) return 9;
        long l = s_lx;
        if (l / 2 != -3L) return 10;
        if (l / 4 != -1L) return 11;
        if (l % 4 != -3L) return 12;
        if (l / 0x100000000L != 0L) return 13;
        if ((l * 0x100000000L - 1) / 0x100000000L != -7L) return 14;
        if ((l * 0x100000000L - 1) % 0x100000000L != -1L) return 15;
        int m = int.MinValue + (s_x + 7);
        if (m / 2 != -1073741824) return 16;
        if (m % 2 != 0) return 17;
        if ((m + 1) / 1073741824 != -1) return 18;
        if ((m + 1) % 1073741824 != -1073741823) return 19;
        uint u = (uint)x;
        if (u / 2 != 2147483644u) return 20;
        if (u % 8 != 1u) return 21;
        for (int i = -100; i <= 100; i++)
        {
            int q = i / 16;
            int r = i % 16;
            if (q * 16 + r != i) return 22;
            if (i < 0 && r > 0) return 23;
        }
        return 100;
    }
}
