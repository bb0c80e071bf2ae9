// Checks string equality: == and != compare contents (not references), string.Equals(a, b) with nulls, case and length differences, strings built by concatenation equal to literals, and equality of empty strings.
static class Program
{
    static string s_a = "ab";
    static string s_b = "c";
    static string s_null = null;

    static int Main()
    {
        string built = s_a + s_b;
        string literal = "abc";
        if (!(built == literal) || built != literal) return 1;
        if ((object)built == (object)literal) return 2;
        if (!string.Equals(built, literal) || string.Equals(built, "abC") || string.Equals(built, "abcd")) return 3;
        if (!string.Equals(s_null, null) || string.Equals(s_null, "") || string.Equals("", s_null)) return 4;
        if (s_null == "" || !(s_null == null) || s_null != null) return 5;
        string e1 = "", e2 = s_a + s_b + "";
        if (e1 != "" || e2 == e1 || e2.Length != 3) return 6;
        string[] words = { "alpha", "beta", "alpha", "ALPHA", "alph", "alphas" };
        int same = 0;
        for (int i = 0; i < words.Length; i++) if (words[i] == "alpha") same++;
        if (same != 2) return 7;
        if ("a" == "b" + s_null) return 8;
        if (s_b + s_b != "cc" || s_b + s_null != "c") return 9;
        return 100;
    }
}
