// Checks direct recursion: factorial (long), naive Fibonacci, recursive GCD, power by squaring and binary digit counting.
static class Program
{
    static int s_n = 20;

    static long Fact(int n)
    {
        return n <= 1 ? 1 : n * Fact(n - 1);
    }

    static int Fib(int n)
    {
        if (n < 2) return n;
        return Fib(n - 1) + Fib(n - 2);
    }

    static int Gcd(int a, int b)
    {
        return b == 0 ? a : Gcd(b, a % b);
    }

    static ulong Pow(ulong b, int e)
    {
        if (e == 0) return 1;
        ulong half = Pow(b, e / 2);
        return (e & 1) == 0 ? half * half : half * half * b;
    }

    static int Bits(uint x)
    {
        return x == 0 ? 0 : 1 + Bits(x >> 1);
    }

    static int Main()
    {
        if (Fact(s_n) != 2432902008176640000L) return 1;
        if (Fact(0) != 1) return 2;
        if (Fib(s_n + 4) != 46368) return 3;
        if (Gcd(1071, 462 + s_n - 20) != 21) return 4;
        if (Gcd(17, 5) != 1) return 5;
        if (Pow(3, s_n * 2) != 12157665459056928801UL) return 6;
        if (Pow(2, 64) != 0UL) return 7;
        if (Bits(0x80000000u) != 32) return 8;
        if (Bits((uint)s_n) != 5) return 9;
        return 100;
    }
}
