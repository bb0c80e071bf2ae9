// Checks C# switch expressions with relational and constant patterns over ints (compiled to compare chains and switch tables).
static class Program
{
    static int s_zero = 0;

    static int Bucket(int x)
    {
        return x switch
        {
            < 0 => -1,
            0 => 0,
            1 or 2 or 3 => 1,
            >= 4 and < 10 => 2,
            10 => 3,
            _ => 4,
        };
    }

    static int Days(int month)
    {
        return month switch
        {
            1 => 31,
            2 => 28,
            3 => 31,
            4 => 30,
            5 => 31,
            6 => 30,
            7 => 31,
            8 => 31,
            9 => 30,
            10 => 31,
            11 => 30,
            12 => 31,
            _ => 0,
        };
    }

    static int Main()
    {
        int sum = 0;
        for (int i = -5 + s_zero; i <= 15; i++)
            sum += Bucket(i);
        if (sum != -5 + 0 + 3 + 12 + 3 + 20) return 1;
        if (Bucket(int.MinValue + s_zero) != -1 || Bucket(int.MaxValue + s_zero) != 4) return 2;
        int days = 0;
        for (int m = 0; m <= 13; m++)
            days += Days(m + s_zero);
        if (days != 365) return 3;
        return 100;
    }
}
