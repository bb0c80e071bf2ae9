// Checks calls with many (10-16) parameters of mixed types arrive in order with correct widths and signs, including passing them on.
static class Program
{
    static int s_base = 1;

    static long Weigh(int a, long b, byte c, sbyte d, short e, ushort f, uint g, ulong h, char i, bool j, double k, float l)
    {
        long r = a;
        r = r * 3 + b;
        r = r * 3 + c;
        r = r * 3 + d;
        r = r * 3 + e;
        r = r * 3 + f;
        r = r * 3 + g;
        r = r * 3 + (long)h;
        r = r * 3 + i;
        r = r * 3 + (j ? 1 : 0);
        r = r * 3 + (long)k;
        r = r * 3 + (long)l;
        return r;
    }

    static long Forward(int a, long b, byte c, sbyte d, short e, ushort f, uint g, ulong h, char i, bool j, double k, float l)
    {
        return Weigh(a, b, c, d, e, f, g, h, i, j, k, l) - Weigh(a, b, c, d, e, f, g, h, i, !j, k, l);
    }

    static int Sixteen(int a0, int a1, int a2, int a3, int a4, int a5, int a6, int a7, int a8, int a9, int a10, int a11, int a12, int a13, int a14, int a15)
    {
        return a0 - a1 + a2 - a3 + a4 - a5 + a6 - a7 + a8 - a9 + a10 - a11 + a12 - a13 + a14 - a15 * 1000;
    }

    static int Main()
    {
        int x = s_base;
        long w = Weigh(x, -2L * x, (byte)(200 + x), (sbyte)(-100 - x), (short)(-30000 - x), (ushort)(60000 + x), 4000000000u + (uint)x, 0x10000000000UL * (ulong)x, (char)('A' + x), x > 0, 1.75 * x, -2.5f * x);
        if (w != Expected()) return 1;
        if (Forward(x, 0, 0, 0, 0, 0, 0, 0, '\0', true, 0.0, 0.0f) != 9) return 2;
        if (Sixteen(x, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16) != -15992) return 3;
        return 100;
    }

    static long Expected()
    {
        long r = 1;
        r = r * 3 - 2;
        r = r * 3 + 201;
        r = r * 3 - 101;
        r = r * 3 - 30001;
        r = r * 3 + 60001;
        r = r * 3 + 4000000001L;
        r = r * 3 + 0x10000000000L;
        r = r * 3 + 66;
        r = r * 3 + 1;
        r = r * 3 + 1;
        r = r * 3 - 2;
        return r;
    }
}
