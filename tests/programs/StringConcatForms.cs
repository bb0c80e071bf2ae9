// Checks string concatenation of strings only: + with two, three and four operands, five or more (a string array under the hood), compound +=, null operands (treated as empty), string.Concat called directly, and a loop building a string.
static class Program
{
    static string s_a = "a", s_b = "bb", s_null = null;
    static int s_n = 10;

    static int Main()
    {
        string two = s_a + s_b;
        string three = s_a + s_b + s_a;
        string four = s_b + s_a + s_b + s_a;
        string six = s_a + s_b + s_a + s_b + s_a + s_b;
        if (two != "abb" || three != "abba" || four != "bbabba" || six != "abbabbabb") return 1;
        if (two.Length != 3 || six.Length != 9) return 2;
        if (s_a + s_null != "a" || s_null + s_null != "" || (s_null + s_null).Length != 0) return 3;
        if (s_null + s_a + s_null + s_b + s_null != "abb") return 4;
        if (string.Concat(s_a, s_b) != "abb" || string.Concat(s_a, s_b, s_a) != "abba" || string.Concat(s_a, s_a, s_a, s_a) != "aaaa") return 5;
        string acc = "";
        for (int i = 0; i < s_n; i++) acc += (i % 2 == 0) ? s_a : s_b;
        if (acc.Length != 15 || acc[1] != 'b' || acc[14] != 'b') return 6;
        string nested = (s_a + (s_b + (s_a + s_b))) + ((s_a + s_a) + s_b);
        if (nested != "abbabbaabb") return 7;
        string[] parts = { "x", "y", "z" };
        string joined = "";
        foreach (string p in parts) joined = joined + p + (p == "z" ? "" : ",");
        if (joined != "x,y,z") return 8;
        return 100;
    }
}
