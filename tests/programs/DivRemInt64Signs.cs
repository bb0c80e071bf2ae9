// Checks int64 div/rem sign rules and long.MinValue cases that do not overflow, including operands wider than 32 bits.
static class Program
{
    static long s_big = 1000000000000L;
    static long s_seven = 7;
    static long s_min = long.MinValue;
    static long s_max = long.MaxValue;

    static long Div(long a, long b)
    {
        return a / b;
    }

    static long Rem(long a, long b)
    {
        return a % b;
    }

    static int Main()
    {
        if (Div(s_big, s_seven) != 142857142857L) return 1;
        if (Rem(s_big, s_seven) != 1L) return 2;
        if (Div(-s_big, s_seven) != -142857142857L) return 3;
        if (Rem(-s_big, s_seven) != -1L) return 4;
        if (Div(s_big, -s_seven) != -142857142857L) return 5;
        if (Rem(s_big, -s_seven) != 1L) return 6;
        if (Div(s_min, 2L) != -4611686018427387904L) return 7;
        if (Rem(s_min, 3L) != -2L) return 8;
        if (Div(s_min, s_max) != -1L) return 9;
        if (Rem(s_min, s_max) != -1L) return 10;
        if (Div(s_max, 0x100000000L) != 0x7FFFFFFFL) return 11;
        if (Rem(s_max, 0x100000000L) != 0xFFFFFFFFL) return 12;
        if (Div(s_big * 9000000L, s_big) != 9000000L) return 13;
        if (Div(-1L, s_big) != 0L) return 14;
        for (long a = -3000000000L; a <= 3000000000L; a += 999999937L)
        {
            for (long b = -5000000000L; b <= 5000000000L; b += 1234567891L)
            {
                if (b == 0) continue;
                if (Div(a, b) * b + Rem(a, b) != a) return 15;
            }
        }
        return 100;
    }
}
