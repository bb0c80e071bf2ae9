// Checks string.Split(char) and string.Join(string, string[]): part counts and contents, empty parts between and at the ends of separators, no separator, and Join reversing a Split.
static class Program
{
    static string s_csv = "red,green,,blue";
    static char s_sep = ',';

    static int Main()
    {
        string[] parts = s_csv.Split(s_sep);
        if (parts.Length != 4) return 1;
        if (parts[0] != "red" || parts[1] != "green" || parts[2] != "" || parts[3] != "blue") return 2;
        if (string.Join(",", parts) != s_csv) return 3;
        if (string.Join(" | ", parts) != "red | green |  | blue") return 4;
        string[] edges = ",a,".Split(s_sep);
        if (edges.Length != 3 || edges[0].Length != 0 || edges[1] != "a" || edges[2].Length != 0) return 5;
        string[] none = "plain".Split(s_sep);
        if (none.Length != 1 || none[0] != "plain") return 6;
        string[] path = "usr/local/bin".Split('/');
        string[] reversed = new string[path.Length];
        for (int i = 0; i < path.Length; i++) reversed[i] = path[path.Length - 1 - i];
        if (string.Join("\\", reversed) != "bin\\local\\usr") return 7;
        if (string.Join("-", new string[0]) != "" || string.Join("-", new string[] { "one" }) != "one") return 8;
        int total = 0;
        string[] nums = "3 14 159 2".Split(' ');
        for (int i = 0; i < nums.Length; i++) for (int j = 0; j < nums[i].Length; j++) total += nums[i][j] - '0';
        if (nums.Length != 4 || total != 25) return 9;
        if (string.Join(",", "a,b".Split(s_sep), 0, 1) != "a") return 10;
        return 100;
    }
}
