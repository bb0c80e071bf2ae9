// Checks foreach over arrays: of ints, structs (iteration variables are copies), references, strings and jagged rows, over an empty array, over an array variable reassigned inside the loop (the loop keeps the original), and a two-dimensional array in row-major order.
struct Acc { public int V; }

static class Program
{
    static int s_n = 5;

    static int Main()
    {
        int[] nums = new int[s_n];
        for (int i = 0; i < nums.Length; i++) nums[i] = i + 1;
        int sum = 0;
        foreach (int n in nums) sum += n;
        if (sum != 15) return 1;
        Acc[] accs = new Acc[3];
        foreach (Acc a in accs) { Acc copy = a; copy.V = 9; }
        if (accs[0].V != 0) return 2;
        int visited = 0;
        int[] arr = nums;
        foreach (int n in arr) { visited++; arr = new int[0]; }
        if (visited != 5 || arr.Length != 0) return 3;
        foreach (int n in new int[0]) return 4;
        string[] words = { "ab", "cde", "" };
        int len = 0;
        foreach (string w in words) len += w.Length;
        if (len != 5) return 5;
        int[][] rows = { new[] { 1, 2 }, new[] { 3 }, new int[0] };
        int flat = 0;
        foreach (int[] row in rows) foreach (int v in row) flat = flat * 10 + v;
        if (flat != 123) return 6;
        int[,] grid = { { 1, 2, 3 }, { 4, 5, 6 } };
        long order = 0;
        foreach (int g in grid) order = order * 10 + g;
        if (order != 123456) return 7;
        char[] chars = { 'x', 'y' };
        string s = "";
        foreach (char c in "hello") if (c == 'l') s = s + "L"; else s = s + "-";
        if (s != "--LL-" || chars.Length != 2) return 8;
        return 100;
    }
}
