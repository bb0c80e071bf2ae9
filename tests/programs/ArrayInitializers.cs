// Checks array initializers: primitive arrays filled from static data (int, long, double, byte, char, bool), implicitly typed new[], string and object initializers, struct and nested initializers, and multi-dimensional initializers.
struct P { public int X, Y; }

static class Program
{
    static int s_k = 2;

    static int Main()
    {
        int[] primes = { 2, 3, 5, 7, 11, 13, 17, 19, 23, 29, 31, 37 };
        long[] big = { long.MinValue, -1, 0, 1, long.MaxValue };
        double[] ds = { 0.5, -0.25, 1e300 };
        byte[] bytes = { 0, 127, 128, 255 };
        char[] chars = { 'h', 'e', 'l', 'l', 'o' };
        bool[] flags = { true, false, true };
        int sum = 0;
        foreach (int p in primes) sum += p;
        if (sum != 197 || primes.Length != 12) return 1;
        if (big[0] + big[4] != -1 || big[1] != -1) return 2;
        if (ds[0] + ds[1] != 0.25 || ds[2] != 1e300) return 3;
        if (bytes[2] + bytes[3] != 383) return 4;
        if (chars[1] != 'e' || chars.Length != 5 || !flags[2] || flags[1]) return 5;
        var inferred = new[] { s_k, s_k * 2, s_k * 3 };
        if (inferred[2] != 6) return 6;
        string[] words = { "a", null, "c" + "d" };
        if (words[1] != null || words[2] != "cd") return 7;
        object[] mixed = { 1, "two", 3.0, null };
        if ((int)mixed[0] != 1 || (string)mixed[1] != "two" || mixed[3] != null) return 8;
        P[] ps = { new P { X = 1 }, new P { Y = s_k }, default(P) };
        if (ps[1].Y != 2 || ps[2].X != 0) return 9;
        int[][] jag = { new[] { 1 }, new int[] { 2, 3 }, new int[0] };
        if (jag[1][1] != 3 || jag[2].Length != 0) return 10;
        int[,] grid = { { 1, 2, 3 }, { 4, 5, 6 } };
        if (grid[1, 2] != 6 || grid.GetLength(0) != 2 || grid.GetLength(1) != 3) return 11;
        string[,] names = { { "a", "b" }, { "c", "d" } };
        if (names[1, 0] != "c") return 12;
        // The same initializer evaluated twice gives two independent arrays.
        int[] first = null;
        for (int i = 0; i < 2; i++)
        {
            int[] a = { 1, 2, 3 };
            if (i == 0) { first = a; a[0] = 100; }
            else if (a[0] != 1 || first[0] != 100) return 13;
        }
        return 100;
    }
}
