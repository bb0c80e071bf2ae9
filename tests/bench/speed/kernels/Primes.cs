// Counts primes below a bound by trial division: integer division and remainder in tight loops.
namespace Kernels;

public static class Primes
{
    static bool IsPrime(int n)
    {
        if (n < 2) return false;
        if (n % 2 == 0) return n == 2;
        for (int d = 3; d * d <= n; d += 2)
            if (n % d == 0) return false;
        return true;
    }

    static int CountBelow(int start, int end)
    {
        int count = 0;
        for (int n = start; n < end; n++)
            if (IsPrime(n)) count++;
        return count;
    }

    public static int Main()
    {
        int count = 0;
        for (int block = 0; block < 40; block++)
            count += CountBelow(block * 50_000, (block + 1) * 50_000);
        return count & 0xFF;
    }
}
