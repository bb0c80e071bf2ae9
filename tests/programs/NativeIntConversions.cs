// Checks conversions between nint/nuint and int/uint/long/ulong/double for values representable in 32 bits on any platform.
static class Program
{
    static int s_i = -5;
    static uint s_u = 3000000000u;
    static long s_l = -123456789L;
    static double s_d = -5.75;
    static double s_nan = double.NaN;

    static int Main()
    {
        nint a = s_i;
        if ((long)a != -5L) return 1;
        if ((int)a != -5) return 2;
        nint b = (nint)s_l;
        if (b != -123456789) return 3;
        if ((long)b != s_l) return 4;
        nuint c = s_u;
        if ((ulong)c != 3000000000UL) return 5;
        if ((uint)c != 3000000000u) return 6;
        if ((double)c != 3000000000.0) return 7;
        if ((double)a != -5.0) return 8;
        if ((float)b != -123456792f) return 9;
        nint fromDouble = (nint)s_d;
        if (fromDouble != -5) return 10;
        nuint fromDoubleU = (nuint)(-s_d * 500000000.0);
        if (fromDoubleU != 2875000000u) return 11;
        if ((nint)s_nan != 0) return 12;
        if ((nuint)s_d != 0) return 13;
        if ((byte)a != 251) return 14;
        if ((sbyte)(nint)(s_i * 50) != 6) return 15;
        if ((ushort)c != 0x5E00) return 16;
        if (checked((int)a) != -5) return 17;
        if (checked((nuint)(-a)) != 5u) return 18;
        if (checked((uint)c) != 3000000000u) return 19;
        if (checked((nint)(s_i * 1000)) != -5000) return 20;
        if (checked((nint)(c >> 2)) != 750000000) return 22;
        if (checked((nint)s_l) != -123456789) return 23;
        if (checked((nuint)((ulong)s_u + 1000000000UL)) != 4000000000u) return 24;
        if (checked((nint)(-s_d)) != 5) return 25;
        return 100;
    }
}
