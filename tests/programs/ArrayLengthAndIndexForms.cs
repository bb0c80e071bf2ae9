// Checks array lengths and index expressions of different integer types: zero-length arrays, lengths from long and uint sizes, indexing with byte, short, long and uint values, and a large array written sparsely.
static class Program
{
    static int s_n = 100000;

    static int Main()
    {
        int[] none = new int[0];
        if (none.Length != 0) return 1;
        long len = 10;
        byte[] fromLong = new byte[len];
        uint ulen = 7;
        char[] fromUint = new char[ulen];
        if (fromLong.Length != 10 || fromUint.Length != 7) return 2;
        byte bi = 9;
        short si = 8;
        long li = 7;
        uint ui = 6;
        fromLong[bi] = 1;
        fromLong[si] = 2;
        fromLong[li] = 3;
        fromLong[ui] = 4;
        if (fromLong[9] + fromLong[8] + fromLong[7] + fromLong[6] != 10) return 3;
        int[] big = new int[s_n];
        for (int i = 0; i < big.Length; i += 997) big[i] = i;
        long sum = 0;
        for (int i = 0; i < big.Length; i++) sum += big[i];
        // 0 + 997 + ... + 997*100
        if (sum != 997L * 100 * 101 / 2) return 4;
        if (big[big.Length - 1] != 0 || big.Length != 100000) return 5;
        double[] ds = new double[(int)(len * 2)];
        ds[ds.Length - 1] = 1.5;
        if (ds.Length != 20 || ds[19] != 1.5) return 6;
        return 100;
    }
}
