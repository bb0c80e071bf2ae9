// Checks two-dimensional int and long arrays as matrices: filling, multiplication, transpose, identity checks, row and column sums, and a matrix power computing Fibonacci numbers.
static class Program
{
    static int s_n = 4;

    static long[,] Mul(long[,] a, long[,] b)
    {
        int n = a.GetLength(0), m = b.GetLength(1), k = a.GetLength(1);
        long[,] r = new long[n, m];
        for (int i = 0; i < n; i++)
            for (int j = 0; j < m; j++)
            {
                long s = 0;
                for (int t = 0; t < k; t++) s += a[i, t] * b[t, j];
                r[i, j] = s;
            }
        return r;
    }

    static int Main()
    {
        int[,] m = new int[s_n, s_n + 1];
        for (int i = 0; i < s_n; i++)
            for (int j = 0; j <= s_n; j++)
                m[i, j] = i * 10 + j;
        if (m.Length != 20 || m.Rank != 2 || m.GetLength(0) != 4 || m.GetLength(1) != 5) return 1;
        int rowSum = 0, colSum = 0;
        for (int j = 0; j <= s_n; j++) rowSum += m[2, j];
        for (int i = 0; i < s_n; i++) colSum += m[i, 3];
        if (rowSum != 110 || colSum != 72) return 2;
        m[3, 4] += 1000;
        m[0, 0]--;
        if (m[3, 4] != 1034 || m[0, 0] != -1 || m[3, 3] != 33) return 3;
        long[,] a = new long[3, 2] { { 1, 2 }, { 3, 4 }, { 5, 6 } };
        long[,] b = new long[2, 3] { { 7, 8, 9 }, { 10, 11, 12 } };
        long[,] c = Mul(a, b);
        if (c.GetLength(0) != 3 || c.GetLength(1) != 3 || c[0, 0] != 27 || c[2, 2] != 117 || c[1, 2] != 75) return 4;
        long[,] fib = { { 1, 1 }, { 1, 0 } };
        long[,] acc = { { 1, 0 }, { 0, 1 } };
        for (int i = 0; i < 50; i++) acc = Mul(acc, fib);
        if (acc[0, 1] != 12586269025L || acc[1, 1] != 7778742049L) return 5;
        int[,] t = new int[5, 4];
        for (int i = 0; i < 4; i++) for (int j = 0; j < 5; j++) t[j, i] = m[i, j];
        if (t[4, 3] != 1034 || t[1, 2] != 21) return 6;
        return 100;
    }
}
