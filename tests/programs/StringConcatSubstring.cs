// Checks string.Concat with two, three and four strings and with a string array (including nulls), and Substring with a start and with a start and length, at the edges (empty results, the whole string).
static class Program
{
    static string s_a = "alpha", s_b = "beta", s_c = "gamma", s_null = null;
    static int s_k = 2;

    static int Main()
    {
        if (string.Concat(s_a, s_b) != "alphabeta") return 1;
        if (string.Concat(s_a, s_null, s_c) != "alphagamma") return 2;
        if (string.Concat(s_c, s_b, s_a, s_b).Length != 18) return 3;
        string[] parts = { s_a, null, s_b, "", s_c, "!" };
        string all = string.Concat(parts);
        if (all != "alphabetagamma!") return 4;
        if (all.Substring(5) != "betagamma!") return 5;
        if (all.Substring(5, 4) != "beta") return 6;
        if (all.Substring(all.Length) != "" || all.Substring(3, 0).Length != 0) return 7;
        if (all.Substring(0, all.Length) != all) return 8;
        string built = "";
        for (int i = 0; i < 5; i++) built = string.Concat(built, s_a.Substring(i, 1), s_b.Substring(i % 4, 1));
        if (built != "ablepthaab") return 9;
        string[] many = new string[6];
        for (int i = 0; i < many.Length; i++) many[i] = s_c.Substring(i % 5, s_k - 1);
        if (string.Concat(many) != "gammag") return 10;
        if (s_c.Substring(s_k, s_k + 1) != "mma") return 11;
        return 100;
    }
}
