// Checks a dense int switch (IL switch table) for every case, the default, negative values and values just past the table.
static class Program
{
    static int s_start = -3;

    static int Classify(int x)
    {
        switch (x)
        {
            case 0: return 10;
            case 1: return 11;
            case 2: return 12;
            case 3: return 13;
            case 4: return 14;
            case 5: return 15;
            case 6: return 16;
            case 7: return 17;
            case 8: return 18;
            case 9: return 19;
            default: return -1;
        }
    }

    static int Main()
    {
        for (int i = s_start; i < 14; i++)
        {
            int expected = i >= 0 && i <= 9 ? 10 + i : -1;
            if (Classify(i) != expected) return 1;
        }
        if (Classify(int.MinValue) != -1) return 2;
        if (Classify(int.MaxValue) != -1) return 3;
        if (Classify(s_start + int.MinValue + 3) != -1) return 4;
        int sum = 0;
        for (int i = 0; i < 10; i++)
        {
            switch (i)
            {
                case 0:
                case 1:
                case 2:
                    sum += 1;
                    break;
                case 3:
                case 4:
                    sum += 10;
                    break;
                case 5:
                    sum += 100;
                    break;
                case 6:
                    break;
                default:
                    sum += 1000;
                    break;
            }
        }
        if (sum != 3123) return 5;
        return 100;
    }
}
