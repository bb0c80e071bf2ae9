// Checks break inside a switch leaves only the switch while continue/goto leave to the loop, in nested loop+switch code.
static class Program
{
    static int s_n = 20;

    static int Main()
    {
        int a = 0, b = 0, c = 0, skipped = 0;
        for (int i = 0; i < s_n; i++)
        {
            switch (i % 4)
            {
                case 0:
                    a++;
                    break;
                case 1:
                    if (i > 10) continue;
                    b++;
                    break;
                case 2:
                    c++;
                    if (i == 14) goto Done;
                    break;
                default:
                    skipped++;
                    continue;
            }
            a += 100;
        }
    Done:
        if (a != 1004) return 1;
        if (b != 3) return 2;
        if (c != 4) return 3;
        if (skipped != 3) return 4;
        int total = 0;
        int k = 0;
        while (true)
        {
            k++;
            switch (k)
            {
                case 1:
                case 2:
                case 3:
                    total += k;
                    continue;
                case 4:
                    total *= 10;
                    break;
                case 5:
                    goto Exit;
            }
            total += 1000;
        }
    Exit:
        if (total != 1060) return 5;
        return 100;
    }
}
