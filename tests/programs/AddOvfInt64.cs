// Checks checked int64 addition (add.ovf on i8) at the boundaries and across the 32-bit carry, without overflowing.
static class Program
{
    static long s_max = long.MaxValue;
    static long s_min = long.MinValue;
    static long s_one = 1;
    static long s_low = 0xFFFFFFFFL;

    static long Add(long a, long b)
    {
        return checked(a + b);
    }

    static int Main()
    {
        if (Add(s_max - 1, s_one) != long.MaxValue) return 1;
        if (Add(s_min + 1, -s_one) != long.MinValue) return 2;
        if (Add(s_max, s_min) != -1L) return 3;
        if (Add(s_low, s_one) != 0x100000000L) return 4;
        if (Add(-s_low, -s_one) != -0x100000000L) return 5;
        if (Add(int.MaxValue, s_one) != 2147483648L) return 6;
        if (Add(int.MinValue, -s_one) != -2147483649L) return 7;
        long acc = 0;
        for (int i = 0; i < 1000; i++)
            acc = checked(acc + 9223372036854775L);
        if (acc != 9223372036854775000L) return 8;
        if (unchecked(s_max + s_one) != long.MinValue) return 9;
        return 100;
    }
}
