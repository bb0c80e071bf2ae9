// Checks unchecked (default) two's-complement wraparound of add/sub/mul/negate for int, uint, long and ulong.
static class Program
{
    static int s_max = int.MaxValue;
    static long s_lmax = long.MaxValue;
    static uint s_u = 3000000000u;
    static ulong s_ul = 10000000000000000000UL;

    static int Main()
    {
        int x = s_max;
        x++;
        if (x != int.MinValue) return 1;
        x--;
        if (x != int.MaxValue) return 2;
        if (s_max * 2 != -2) return 3;
        if (s_max * s_max != 1) return 4;
        if (-(s_max + 1) != int.MinValue) return 5;
        if ((s_max + 1) * -1 != int.MinValue) return 6;
        long l = s_lmax;
        l++;
        if (l != long.MinValue) return 7;
        if (s_lmax * 3 != 9223372036854775805L) return 8;
        if (-(s_lmax + 1) != long.MinValue) return 9;
        if (s_u + s_u != 1705032704u) return 10;
        if (s_u * 3u != 410065408u) return 11;
        if (0u - s_u != 1294967296u) return 12;
        if (s_ul + s_ul != 1553255926290448384UL) return 13;
        if (s_ul * 5UL != 13106511852580896768UL) return 14;
        if (0UL - s_ul != 8446744073709551616UL) return 15;
        int h = 0;
        for (int i = 0; i < 100; i++)
            h = h * 31 + i;
        if (h != 58926130) return 16;
        return 100;
    }
}
