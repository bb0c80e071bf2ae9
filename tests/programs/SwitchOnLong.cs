// Checks switch on long (dense labels become an IL switch after subtraction and a range check) and on uint/ulong with large labels.
static class Program
{
    static long s_off = 0x100000000L;

    static int MapLong(long x)
    {
        switch (x)
        {
            case 0: return 1;
            case 1: return 2;
            case 2: return 3;
            case 3: return 4;
            case 4: return 5;
            case 5: return 6;
            case 0x100000000L: return 7;
            case -0x100000000L: return 8;
            case long.MinValue: return 9;
            default: return 0;
        }
    }

    static int MapULong(ulong x)
    {
        switch (x)
        {
            case 0xFFFFFFFFFFFFFFFFUL: return 1;
            case 0x8000000000000000UL: return 2;
            case 3: return 3;
            case 4: return 4;
            case 5: return 5;
            case 6: return 6;
            default: return 0;
        }
    }

    static int MapUInt(uint x)
    {
        switch (x)
        {
            case 0xFFFFFFF0u: return 1;
            case 0xFFFFFFF1u: return 2;
            case 0xFFFFFFF2u: return 3;
            case 0xFFFFFFF3u: return 4;
            case 0xFFFFFFF4u: return 5;
            default: return 0;
        }
    }

    static int Main()
    {
        for (long i = -2; i < 8; i++)
        {
            int expected = i >= 0 && i <= 5 ? (int)i + 1 : 0;
            if (MapLong(i) != expected) return 1;
            if (MapLong(i + s_off) != (i == 0 ? 7 : 0)) return 2;
        }
        if (MapLong(-s_off) != 8) return 3;
        if (MapLong(long.MinValue + s_off - s_off) != 9) return 4;
        if (MapLong(long.MaxValue) != 0) return 5;
        if (MapULong((ulong)(-s_off / s_off)) != 1) return 6;
        if (MapULong((ulong)s_off << 31) != 2) return 7;
        if (MapULong((ulong)s_off + 4) != 0) return 8;
        if (MapULong(4UL + (ulong)(s_off - s_off)) != 4) return 9;
        int sum = 0;
        for (uint u = 0xFFFFFFEEu; u != 0; u++)
            sum += MapUInt(u);
        if (sum != 15) return 10;
        if (MapUInt((uint)s_off + 0xFFFFFFF2u) != 3) return 11;
        return 100;
    }
}
