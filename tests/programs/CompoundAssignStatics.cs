// Checks compound assignment operators (+= -= *= /= %= &= |= ^= <<= >>=) on static fields of each integer and float type.
static class Program
{
    static int s_i = 100;
    static uint s_u = 100;
    static long s_l = 100;
    static ulong s_ul = 100;
    static short s_s = 100;
    static byte s_b = 100;
    static float s_f = 100;
    static double s_d = 100;

    static int Main()
    {
        s_i += 5; s_i -= 10; s_i *= 3; s_i /= 4; s_i %= 50; s_i &= 0x3F; s_i |= 0x100; s_i ^= 0x3; s_i <<= 2; s_i >>= 1;
        if (s_i != 556) return 1;
        s_u += 5; s_u -= 10; s_u *= 3; s_u /= 4; s_u %= 50; s_u &= 0x3F; s_u |= 0x100; s_u ^= 0x3; s_u <<= 2; s_u >>= 1;
        if (s_u != 556u) return 2;
        s_l += 5; s_l -= 10; s_l *= 3; s_l /= 4; s_l %= 50; s_l &= 0x3F; s_l |= 0x100; s_l ^= 0x3; s_l <<= 2; s_l >>= 1;
        if (s_l != 556L) return 3;
        s_ul += 5; s_ul -= 10; s_ul *= 3; s_ul /= 4; s_ul %= 50; s_ul &= 0x3F; s_ul |= 0x100; s_ul ^= 0x3; s_ul <<= 2; s_ul >>= 1;
        if (s_ul != 556UL) return 4;
        s_s += 5; s_s -= 10; s_s *= 3; s_s /= 4; s_s %= 50; s_s &= 0x3F; s_s |= 0x100; s_s ^= 0x3; s_s <<= 2; s_s >>= 1;
        if (s_s != 556) return 5;
        s_b += 5; s_b -= 10; s_b *= 3; s_b /= 4; s_b %= 50; s_b &= 0x3F; s_b |= 0x80; s_b ^= 0x3; s_b <<= 2; s_b >>= 1;
        if (s_b != 8) return 6;
        s_f += 5; s_f -= 10; s_f *= 3; s_f /= 4; s_f %= 50;
        if (s_f != 21.25f) return 7;
        s_d += 5; s_d -= 10; s_d *= 3; s_d /= 4; s_d %= 50;
        if (s_d != 21.25) return 8;
        s_i = -s_i;
        s_i >>= 3;
        if (s_i != -70) return 9;
        s_u = 0x80000000u;
        s_u >>= 31;
        if (s_u != 1u) return 10;
        return 100;
    }
}
