// Checks checked int32 addition (add.ovf) right up to the overflow boundaries, where it must not throw.
static class Program
{
    static int s_max = int.MaxValue;
    static int s_min = int.MinValue;
    static int s_one = 1;

    static int Add(int a, int b)
    {
        return checked(a + b);
    }

    static int Main()
    {
        if (Add(s_max - 1, s_one) != int.MaxValue) return 1;
        if (Add(s_min + 1, -s_one) != int.MinValue) return 2;
        if (Add(s_max, s_min) != -1) return 3;
        if (Add(s_max, 0) != int.MaxValue) return 4;
        if (Add(s_min, 0) != int.MinValue) return 5;
        if (Add(-s_one, s_min + 1) != int.MinValue) return 6;
        if (checked(s_max + -s_max) != 0) return 7;
        int acc = 0;
        for (int i = 0; i < 65536; i++)
            acc = checked(acc + 32767);
        if (acc != 2147418112) return 8;
        int down = 0;
        for (int i = 0; i < 65536; i++)
            down = checked(down + -32768);
        if (down != int.MinValue) return 9;
        return 100;
    }
}
