// Checks multi-dimensional arrays of ranks 2 to 4: Rank, Length, GetLength per dimension, zero-size dimensions, element addressing that distinguishes [i, j] from [j, i], and ref access to MD elements.
static class Program
{
    static int s_a = 2, s_b = 3, s_c = 4, s_d = 5;

    static void Bump(ref int x) { x += 1000; }

    static int Main()
    {
        int[,] two = new int[s_a, s_b];
        long[,,] three = new long[s_a, s_b, s_c];
        byte[,,,] four = new byte[s_a, s_b, s_c, s_d];
        if (two.Rank != 2 || three.Rank != 3 || four.Rank != 4) return 1;
        if (two.Length != 6 || three.Length != 24 || four.Length != 120) return 2;
        if (four.GetLength(0) != 2 || four.GetLength(1) != 3 || four.GetLength(2) != 4 || four.GetLength(3) != 5) return 3;
        two[0, 1] = 1;
        two[1, 0] = 10;
        if (two[0, 1] != 1 || two[1, 0] != 10 || two[1, 1] != 0) return 4;
        int id = 0;
        for (int a = 0; a < s_a; a++)
            for (int b = 0; b < s_b; b++)
                for (int c = 0; c < s_c; c++)
                    for (int d = 0; d < s_d; d++)
                        four[a, b, c, d] = (byte)id++;
        if (four[1, 2, 3, 4] != 119 || four[0, 1, 0, 0] != 20 || four[1, 0, 0, 1] != 61) return 5;
        three[1, 2, 3] = long.MaxValue;
        three[0, 0, 0] = long.MinValue;
        if (three[1, 2, 3] + three[0, 0, 0] != -1 || three[1, 2, 2] != 0) return 6;
        Bump(ref two[1, 2]);
        Bump(ref two[1, 2]);
        if (two[1, 2] != 2000) return 7;
        int[,] empty = new int[s_a, 0];
        if (empty.Length != 0 || empty.GetLength(0) != 2 || empty.GetLength(1) != 0) return 8;
        int[,] square = new int[s_c, s_c];
        for (int i = 0; i < s_c; i++) for (int j = 0; j < s_c; j++) square[i, j] = i * 10 + j;
        int asym = 0;
        for (int i = 0; i < s_c; i++) for (int j = 0; j < s_c; j++) if (square[i, j] != square[j, i]) asym++;
        if (asym != 12) return 9;
        return 100;
    }
}
