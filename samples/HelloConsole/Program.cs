// The compiler handles static methods on primitives today (no Console, strings or objects yet):
// the result is the process exit code, 100 for success.
static class Program
{
    static int s_n = 10;

    static int Fib(int n) => n < 2 ? n : Fib(n - 1) + Fib(n - 2);

    static int Main()
    {
        if (Fib(s_n) != 55) return 1;
        int sum = 0;
        for (int i = 1; i <= s_n; i++) sum += i * i;
        if (sum != 385) return 2;
        return 100;
    }
}
