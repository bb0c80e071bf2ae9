// Checks lambdas capturing loop variables in nested loops: the outer and inner for-variables are shared by all closures of their loop, copies declared in each body are fresh per iteration, a foreach variable over an array is fresh per iteration, and closures over both levels see the right pairs.
using System;

static class Program
{
    static int s_rows = 3;
    static int s_cols = 4;
    static int[] s_items = { 5, 7, 11 };

    static int Main()
    {
        int rows = s_rows, cols = s_cols;
        Func<int>[] shared = new Func<int>[rows * cols];
        Func<int>[] fresh = new Func<int>[rows * cols];
        int k = 0;
        for (int i = 0; i < rows; i++)
        {
            int ci = i;
            for (int j = 0; j < cols; j++)
            {
                int cj = j;
                shared[k] = () => i * 10 + j;
                fresh[k] = () => ci * 10 + cj;
                k++;
            }
        }
        // i ended at rows; the inner j is a new variable per outer iteration and ended at cols.
        if (shared[0]() != rows * 10 + cols) return 1;
        if (shared[k - 1]() != rows * 10 + cols) return 2;
        int sum = 0;
        for (int t = 0; t < k; t++) sum += fresh[t]();
        // sum over i<3, j<4 of 10i + j = 4*10*(0+1+2) + 3*(0+1+2+3) = 120 + 18
        if (sum != 138) return 3;
        if (fresh[5]() != 11) return 4;

        // The inner for-variable is declared inside the outer body: one instance per outer iteration.
        Func<int>[] perRow = new Func<int>[rows];
        for (int i = 0; i < rows; i++)
        {
            for (int j = 0; j < i + 1; j++)
            {
                perRow[i] = () => j * 100 + i;
            }
        }
        // Each perRow closure sees its own j (ended at i + 1) but the shared i (ended at rows).
        if (perRow[0]() != 100 + rows) return 5;
        if (perRow[2]() != 300 + rows) return 6;

        // foreach over an array: the iteration variable is fresh per iteration.
        int[] items = s_items;
        Func<int>[] each = new Func<int>[items.Length];
        int n = 0;
        foreach (int v in items)
        {
            int local = n;
            each[n++] = () => v * 1000 + local;
        }
        if (each[0]() != 5000 || each[1]() != 7001 || each[2]() != 11002) return 7;

        // Closures that mutate the captured loop variables change the loops themselves.
        int iterations = 0;
        for (int i = 0; i < 10; i++)
        {
            Action skip = () => i += 2;
            skip();
            iterations++;
        }
        if (iterations != 4) return 8;

        // A closure created in the inner loop capturing an accumulator from the outer scope.
        int acc = 0;
        Action<int>[] adders = new Action<int>[cols];
        for (int j = 0; j < cols; j++)
        {
            int w = j + 1;
            adders[j] = d => acc += d * w;
        }
        for (int i = 0; i < rows; i++)
            for (int j = 0; j < cols; j++)
                adders[j](i);
        // sum over i<3 of i * (1+2+3+4) = 3 * 10
        if (acc != 30) return 9;
        return 100;
    }
}
