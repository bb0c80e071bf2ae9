// Checks string.Replace(char, char) and Replace(string, string): every occurrence replaced, a longer and a shorter replacement, replacing with an empty string, no match returning an equal string, and chained replacements.
static class Program
{
    static string s_text = "a-b-c--d";
    static string s_dash = "-";

    static int Main()
    {
        if (s_text.Replace('-', '+') != "a+b+c++d") return 1;
        if (s_text.Replace('x', '+') != s_text) return 2;
        if (s_text.Replace(s_dash, ", ") != "a, b, c, , d") return 3;
        if (s_text.Replace("--", "=") != "a-b-c=d") return 4;
        if (s_text.Replace(s_dash, "") != "abcd") return 5;
        if (s_text.Replace("zz", "y") != s_text) return 6;
        string chained = s_text.Replace('-', ' ').Replace("  ", " ").Replace(" ", "");
        if (chained != "abcd") return 7;
        string repeated = "aaaa".Replace("aa", "b");
        if (repeated != "bb") return 8;
        string grow = "xyx";
        for (int i = 0; i < 3; i++) grow = grow.Replace("x", "xx");
        if (grow.Length != 17 || grow[8] != 'y') return 9;
        if (s_text.Replace("a-b", s_dash).Length != 6) return 10;
        return 100;
    }
}
