// Checks mutual recursion between static methods: even/odd, Hofstadter female/male sequences and a two-function descent parser on digits.
static class Program
{
    static int s_n = 101;

    static bool IsEven(int n)
    {
        return n == 0 ? true : IsOdd(n - 1);
    }

    static bool IsOdd(int n)
    {
        return n == 0 ? false : IsEven(n - 1);
    }

    static int Female(int n)
    {
        return n == 0 ? 1 : n - Male(Female(n - 1));
    }

    static int Male(int n)
    {
        return n == 0 ? 0 : n - Female(Male(n - 1));
    }

    // Evaluates the digits of n (most significant first) as alternating sum/difference: d0 - d1 + d2 - ...
    static int Plus(long n, int depth)
    {
        if (n == 0) return 0;
        return Minus(n / 10, depth + 1) + (depth % 2 == 0 ? 1 : -1) * (int)(n % 10);
    }

    static int Minus(long n, int depth)
    {
        if (n == 0) return 0;
        return Plus(n / 10, depth + 1) + (depth % 2 == 0 ? 1 : -1) * (int)(n % 10);
    }

    static int Main()
    {
        if (IsEven(s_n)) return 1;
        if (!IsOdd(s_n)) return 2;
        if (!IsEven(s_n - 1)) return 3;
        int fsum = 0, msum = 0;
        for (int i = 0; i < 20; i++)
        {
            fsum += Female(i);
            msum += Male(i);
        }
        if (fsum != 123 || msum != 117) return 4;
        if (Female(s_n - 81) != 13) return 5;
        if (Plus(918273645L + s_n - 101, 0) != 5 - 4 + 6 - 3 + 7 - 2 + 8 - 1 + 9) return 6;
        return 100;
    }
}
