// The compiler handles static methods on primitives today (no Console, strings or objects yet):
// the result is the exit code, 100 for success. wwwroot/main.js runs the WasmR2R image in the browser.
static class Program
{
    static int s_n = 12;

    static int Fib(int n) => n < 2 ? n : Fib(n - 1) + Fib(n - 2);

    static long Gcd(long a, long b) => b == 0 ? a : Gcd(b, a % b);

    static int Main()
    {
        if (Fib(s_n) != 144) return 1;
        if (Gcd(1071, 462) != 21) return 2;
        double x = 0;
        for (int i = 1; i <= s_n; i++) x += 1.0 / i;
        if (x < 3.10 || x > 3.11) return 3;
        return 100;
    }
}
