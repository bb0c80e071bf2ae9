// Checks break/continue in triply nested loops and goto out of two loop levels, counting which iterations ran.
static class Program
{
    static int s_n = 10;

    static int FindPair(int target, out int x, out int y)
    {
        for (int i = 0; i < s_n; i++)
        {
            for (int j = i; j < s_n; j++)
            {
                if (i * j == target)
                {
                    x = i;
                    y = j;
                    goto Found;
                }
            }
        }
        x = -1;
        y = -1;
        return 0;
    Found:
        return 1;
    }

    static int Main()
    {
        int visits = 0;
        for (int i = 0; i < s_n; i++)
        {
            if (i == 3) continue;
            if (i == 8) break;
            for (int j = 0; j < s_n; j++)
            {
                if (j > i) break;
                int k = 0;
                while (true)
                {
                    k++;
                    if (k > 3) break;
                    if (k == 2) continue;
                    visits++;
                }
            }
        }
        if (visits != 2 * (1 + 2 + 3 + 5 + 6 + 7 + 8)) return 1;
        int x, y;
        if (FindPair(42, out x, out y) != 1 || x != 6 || y != 7) return 2;
        if (FindPair(97, out x, out y) != 0 || x != -1) return 3;
        if (FindPair(0, out x, out y) != 1 || x != 0 || y != 0) return 4;
        int primes = 0;
        for (int n = 2; n < 100; n++)
        {
            for (int d = 2; d * d <= n; d++)
            {
                if (n % d == 0) goto NotPrime;
            }
            primes++;
        NotPrime:;
        }
        if (primes != 25) return 5;
        return 100;
    }
}
