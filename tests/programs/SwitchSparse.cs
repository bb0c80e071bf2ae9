// Checks a sparse int switch (compiled to compare/branch trees) including extreme case labels int.MinValue and int.MaxValue.
static class Program
{
    static int s_zero = 0;

    static int Map(int x)
    {
        switch (x)
        {
            case int.MinValue: return 1;
            case -1000000: return 2;
            case -5: return 3;
            case 7: return 4;
            case 100: return 5;
            case 1000: return 6;
            case 65536: return 7;
            case 1000000007: return 8;
            case int.MaxValue: return 9;
            default: return 0;
        }
    }

    static int Main()
    {
        if (Map(int.MinValue + s_zero) != 1) return 1;
        if (Map(-1000000 + s_zero) != 2) return 2;
        if (Map(-5 + s_zero) != 3) return 3;
        if (Map(7 + s_zero) != 4) return 4;
        if (Map(100 + s_zero) != 5) return 5;
        if (Map(1000 + s_zero) != 6) return 6;
        if (Map(65536 + s_zero) != 7) return 7;
        if (Map(1000000007 + s_zero) != 8) return 8;
        if (Map(int.MaxValue + s_zero) != 9) return 9;
        int hits = 0;
        for (int i = -10; i <= 1100; i++)
            if (Map(i) != 0) hits++;
        if (hits != 4) return 10;
        if (Map(int.MinValue + 1 + s_zero) != 0) return 11;
        if (Map(int.MaxValue - 1 + s_zero) != 0) return 12;
        if (Map(65535 + s_zero) != 0) return 13;
        return 100;
    }
}
