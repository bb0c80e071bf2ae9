// Checks nint/nuint add/sub/mul/div/rem/neg and bitwise ops with results that fit in 32 bits (valid on wasm32 and 64-bit).
static class Program
{
    static int s_i = -7;
    static uint s_u = 3000000000u;
    static nint s_n = 40000;
    static nuint s_nu = 1000000000;

    static nint Sum(nint a, nint b, nint c)
    {
        return a + b - c;
    }

    static int Main()
    {
        nint a = s_i;
        if (a != -7) return 1;
        if (a / 2 != -3) return 2;
        if (a % 2 != -1) return 3;
        if (-a != 7) return 4;
        if (a * s_n != -280000) return 5;
        if (s_n * s_n != 1600000000) return 6;
        if (Sum(a, s_n, 3) != 39990) return 7;
        nuint u = s_u;
        if (u + s_nu != 4000000000u) return 8;
        if (u / 7 != 428571428u) return 9;
        if (u % 7 != 4u) return 10;
        if (u - s_nu * 3 != 0u) return 11;
        nuint wrapped = (nuint)a + 7;
        if (wrapped != 0) return 12;
        if ((a & 0xFF) != 0xF9) return 13;
        if ((a | 1) != -7) return 14;
        if ((a ^ -1) != 6) return 15;
        if (~a != 6) return 16;
        if ((u & 0xFFFF) != 0x5E00u) return 17;
        nint acc = 0;
        for (nint i = 0; i < 100; i++)
            acc += i * i;
        if (acc != 328350) return 18;
        nint n = s_n;
        n++;
        n *= 2;
        n -= 2;
        if (n != 80000) return 19;
        if (checked(s_n * s_n + s_n) != 1600040000) return 20;
        if (checked(u - s_nu) != 2000000000u) return 21;
        return 100;
    }
}
