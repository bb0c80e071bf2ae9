// The Benchmarks Game's fannkuch-redux for n = 10: permutations and prefix reversals on small int arrays.
namespace Kernels;

public static class FannkuchRedux
{
    public static int Main()
    {
        const int n = 10;
        var perm = new int[n];
        var perm1 = new int[n];
        var count = new int[n];
        for (int i = 0; i < n; i++) perm1[i] = i;
        int maxFlips = 0, checksum = 0, permutation = 0, r = n;
        while (true)
        {
            for (; r != 1; r--) count[r - 1] = r;
            for (int i = 0; i < n; i++) perm[i] = perm1[i];
            int flips = 0;
            for (int k = perm[0]; k != 0; k = perm[0])
            {
                for (int i = 0, j = k; i < j; i++, j--)
                {
                    int t = perm[i]; perm[i] = perm[j]; perm[j] = t;
                }
                flips++;
            }
            if (flips > maxFlips) maxFlips = flips;
            checksum += (permutation & 1) == 0 ? flips : -flips;
            while (true)
            {
                if (r == n) return (checksum * 31 + maxFlips) & 0xFF;
                int first = perm1[0];
                for (int i = 0; i < r; i++) perm1[i] = perm1[i + 1];
                perm1[r] = first;
                if (--count[r] > 0) break;
                r++;
            }
            permutation++;
        }
    }
}
