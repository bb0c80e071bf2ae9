// Checks a three-dimensional string array: Rank, GetLength per dimension, Length, null defaults, writes to every cell read back by coordinates, and concatenation along one axis.
static class Program
{
    static int s_x = 2, s_y = 3, s_z = 4;

    static string Letter(int i) { return i == 0 ? "a" : i == 1 ? "b" : i == 2 ? "c" : "d"; }

    static int Main()
    {
        string[,,] cube = new string[s_x, s_y, s_z];
        if (cube.Rank != 3 || cube.Length != 24) return 1;
        if (cube.GetLength(0) != 2 || cube.GetLength(1) != 3 || cube.GetLength(2) != 4) return 2;
        for (int x = 0; x < s_x; x++)
            for (int y = 0; y < s_y; y++)
                for (int z = 0; z < s_z; z++)
                    if (cube[x, y, z] != null) return 3;
        for (int x = 0; x < s_x; x++)
            for (int y = 0; y < s_y; y++)
                for (int z = 0; z < s_z; z++)
                    cube[x, y, z] = Letter(x) + Letter(y) + Letter(z);
        if (cube[1, 2, 3] != "bcd" || cube[0, 0, 0] != "aaa" || cube[1, 0, 2] != "bac") return 4;
        string row = "";
        for (int z = 0; z < s_z; z++) row = row + cube[1, 1, z];
        if (row != "bbabbbbbcbbd") return 5;
        int total = 0;
        foreach (string s in cube) total += s.Length;
        if (total != 72) return 6;
        cube[0, 2, 1] = null;
        int nulls = 0;
        foreach (string s in cube) if (s == null) nulls++;
        if (nulls != 1) return 7;
        return 100;
    }
}
