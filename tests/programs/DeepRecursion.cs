// Checks moderately deep recursion (depth 2000) with several live values per frame, plus a non-tail accumulation on unwind.
static class Program
{
    static int s_depth = 2000;

    static long SumDown(int n, long acc, int k)
    {
        if (n == 0) return acc;
        long r = SumDown(n - 1, acc + n, k + 1);
        return r + (k & 1);
    }

    static int Depth(int n)
    {
        return n == 0 ? 0 : 1 + Depth(n - 1);
    }

    static int Main()
    {
        if (Depth(s_depth) != 2000) return 1;
        if (SumDown(s_depth, 0, 0) != 2001000L + 1000) return 2;
        return 100;
    }
}
