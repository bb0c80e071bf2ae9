// Doubly recursive Fibonacci: the cost of a call.
namespace Kernels;

public static class Fib
{
    static int F(int n) => n < 2 ? n : F(n - 1) + F(n - 2);

    public static int Main() => F(34) & 0xFF;
}
