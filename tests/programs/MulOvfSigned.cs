// Checks checked signed multiplication (mul.ovf) for int and long at products just inside the range.
static class Program
{
    static int s_a = 46340;
    static int s_neg = -65536;
    static long s_la = 3037000499L;
    static int s_minusOne = -1;

    static int Mul(int a, int b)
    {
        return checked(a * b);
    }

    static long MulL(long a, long b)
    {
        return checked(a * b);
    }

    static int Main()
    {
        if (Mul(s_a, s_a) != 2147395600) return 1;
        if (Mul(s_neg, 32768) != int.MinValue) return 2;
        if (Mul(-s_neg, -32768) != int.MinValue) return 3;
        if (Mul(int.MaxValue, s_minusOne) != -int.MaxValue) return 4;
        if (Mul(int.MinValue, 1) != int.MinValue) return 5;
        if (Mul(int.MinValue, 0) != 0) return 6;
        if (Mul(s_minusOne, s_minusOne) != 1) return 7;
        if (MulL(s_la, s_la) != 9223372030926249001L) return 8;
        if (MulL(-4294967296L, 2147483648L) != long.MinValue) return 9;
        if (MulL(long.MaxValue, s_minusOne) != -long.MaxValue) return 10;
        if (MulL(0x7FFFFFFFL, 0x100000002L) != 0x7FFFFFFFFFFFFFFEL) return 11;
        if (unchecked((s_a + 1) * 46341) != -2147479015) return 12;
        int f = 1;
        for (int i = 1; i <= 12; i++)
            f = checked(f * i);
        if (f != 479001600) return 13;
        long lf = 1;
        for (int i = 1; i <= 20; i++)
            lf = checked(lf * i);
        if (lf != 2432902008176640000L) return 14;
        return 100;
    }
}
