// Checks a switch whose labels form several dense clusters plus outliers (multiple IL switch tables with range checks).
static class Program
{
    static int s_base = 0;

    static int Map(int x)
    {
        switch (x)
        {
            case 10: return 1;
            case 11: return 2;
            case 12: return 3;
            case 13: return 4;
            case 14: return 5;
            case 200: return 6;
            case 201: return 7;
            case 202: return 8;
            case 203: return 9;
            case 204: return 10;
            case 205: return 11;
            case -50: return 12;
            case -49: return 13;
            case -48: return 14;
            case -47: return 15;
            case 5000: return 16;
            default: return 0;
        }
    }

    static int Main()
    {
        int sum = 0;
        int count = 0;
        for (int i = -100 + s_base; i <= 6000; i++)
        {
            int m = Map(i);
            if (m != 0)
            {
                sum += m;
                count++;
            }
        }
        if (count != 16) return 1;
        if (sum != 136) return 2;
        if (Map(12 + s_base) != 3) return 3;
        if (Map(205 + s_base) != 11) return 4;
        if (Map(-47 + s_base) != 15) return 5;
        if (Map(206 + s_base) != 0) return 6;
        if (Map(-51 + s_base) != 0) return 7;
        if (Map(5000 + s_base) != 16) return 8;
        return 100;
    }
}
