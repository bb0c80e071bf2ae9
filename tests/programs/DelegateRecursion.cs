// Checks recursion through delegates: a lambda that calls itself through its captured variable (factorial, Fibonacci with a memo array), mutual recursion through two delegate fields, and a delegate calling a method that calls the delegate again.
static class Program
{
    static System.Func<int, bool> s_isEven;
    static System.Func<int, bool> s_isOdd;
    static System.Func<int, int> s_viaMethod;
    static int s_n = 10;

    static int Helper(int n) { return n <= 0 ? 0 : n + s_viaMethod(n - 1); }

    static int Main()
    {
        System.Func<int, long> fact = null;
        fact = n => n <= 1 ? 1 : n * fact(n - 1);
        if (fact(s_n) != 3628800) return 1;
        if (fact(20) != 2432902008176640000L) return 2;
        long[] memo = new long[91];
        System.Func<int, long> fib = null;
        fib = n =>
        {
            if (n < 2) return n;
            if (memo[n] != 0) return memo[n];
            return memo[n] = fib(n - 1) + fib(n - 2);
        };
        if (fib(s_n) != 55) return 3;
        if (fib(90) != 2880067194370816120L) return 4;
        s_isEven = n => n == 0 || s_isOdd(n - 1);
        s_isOdd = n => n != 0 && s_isEven(n - 1);
        if (!s_isEven(s_n) || s_isOdd(s_n)) return 5;
        if (!s_isOdd(77)) return 6;
        s_viaMethod = Helper;
        if (s_viaMethod(100) != 5050) return 7;
        System.Func<int, int, int> gcd = null;
        gcd = (a, b) => b == 0 ? a : gcd(b, a % b);
        if (gcd(1071, 462) != 21) return 8;
        System.Func<int, int> depth = null;
        depth = n => n == 0 ? 0 : 1 + depth(n - 1);
        if (depth(2000) != 2000) return 9;
        return 100;
    }
}
