// Jagged arrays (int[][], string[][], object[][][] three levels deep, rows shared between arrays) keep every row
// alive through collections while rows are replaced, swapped and re-shared; every row must hold exactly what was
// written, and shared rows must stay shared.
using System;
using System.Runtime.CompilerServices;

static class Program
{
    static int s_rows = 400;
    static int s_rounds = 6000;
    static string[] s_words = { "alpha", "beta", "gamma", "delta", "epsilon" };
    static uint s_seed = 77;

    static uint Rand()
    {
        s_seed = s_seed * 1664525 + 1013904223;
        return s_seed >> 8;
    }

    static int[] IntRow(int row, int version)
    {
        int[] r = new int[1 + (row * 7 + version) % 40];
        for (int i = 0; i < r.Length; i++)
            r[i] = row * 100000 + version * 100 + i;
        return r;
    }

    static bool IntRowOk(int[] r, int row, int version)
    {
        if (r.Length != 1 + (row * 7 + version) % 40)
            return false;
        for (int i = 0; i < r.Length; i++)
        {
            if (r[i] != row * 100000 + version * 100 + i)
                return false;
        }
        return true;
    }

    static string[] WordRow(int row)
    {
        string[] r = new string[row % 6];
        for (int i = 0; i < r.Length; i++)
            r[i] = string.Concat(s_words[(row + i) % 5], s_words[i % 5]);
        return r;
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    static long Garbage(int i)
    {
        int[][] g = new int[8][];
        for (int k = 0; k < g.Length; k++)
            g[k] = new int[k + 1];
        long s = g[7].Length;
        if (i % 8 == 0)
        {
            int[][] big = new int[64][];
            for (int k = 0; k < big.Length; k++)
                big[k] = new int[256];
            byte[] ballast = new byte[200_000];
            s += big[63].Length + ballast.Length;
        }
        return s;
    }

    static int Main()
    {
        int n = s_rows;
        int[][] ints = new int[n][];
        int[] versions = new int[n];
        int[] madeFor = new int[n];
        string[][] words = new string[n][];
        object[][][] cube = new object[n / 10][][];
        for (int i = 0; i < n; i++)
        {
            ints[i] = IntRow(i, 0);
            madeFor[i] = i;
            words[i] = WordRow(i);
        }
        for (int i = 0; i < cube.Length; i++)
        {
            cube[i] = new object[3][];
            cube[i][0] = new object[] { ints[i], words[i], i };
            cube[i][1] = cube[i][0];
            cube[i][2] = new object[] { cube[i], null };
        }
        long garbage = 0;
        for (int round = 0; round < s_rounds; round++)
        {
            int row = (int)(Rand() % (uint)n);
            uint op = Rand() % 3;
            if (op == 0)
            {
                versions[row]++;
                ints[row] = IntRow(madeFor[row], versions[row]);
            }
            else if (op == 1)
            {
                int other = (int)(Rand() % (uint)n);
                int[] t = ints[row];
                ints[row] = ints[other];
                ints[other] = t;
                int v = versions[row];
                versions[row] = versions[other];
                versions[other] = v;
                v = madeFor[row];
                madeFor[row] = madeFor[other];
                madeFor[other] = v;
            }
            else
            {
                words[row] = WordRow(row);
            }
            garbage += Garbage(round);
        }
        for (int i = 0; i < n; i++)
        {
            if (!IntRowOk(ints[i], madeFor[i], versions[i]))
                return 1;
        }
        for (int i = 0; i < n; i++)
        {
            string[] w = words[i];
            if (w.Length != i % 6)
                return 2;
            for (int k = 0; k < w.Length; k++)
            {
                if (w[k] != string.Concat(s_words[(i + k) % 5], s_words[k % 5]))
                    return 3;
            }
        }
        for (int i = 0; i < cube.Length; i++)
        {
            object[][] plane = cube[i];
            if (plane.Length != 3 || plane[0] != plane[1])
                return 4;
            if (plane[2][0] != plane || plane[2][1] != null)
                return 5;
            if (plane[0][0] is not int[] r || !IntRowOk(r, i, 0))
                return 6;
            if (plane[0][1] is not string[] w || w.Length != i % 6)
                return 7;
            for (int k = 0; k < w.Length; k++)
            {
                if (w[k] != string.Concat(s_words[(i + k) % 5], s_words[k % 5]))
                    return 8;
            }
            if (plane[0][2] is not int boxed || boxed != i)
                return 9;
        }
        return garbage > 0 ? 100 : 10;
    }
}
