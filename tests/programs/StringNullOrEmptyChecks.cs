// Checks null and empty string handling: string.IsNullOrEmpty, ?. with Length, ?? defaults, is null and == null on strings, and counting non-empty strings in an array containing nulls and empties.
static class Program
{
    static string s_empty = "", s_null = null, s_text = "text";

    static int Len(string s) { return s?.Length ?? -1; }

    static int Main()
    {
        if (!string.IsNullOrEmpty(s_null) || !string.IsNullOrEmpty(s_empty) || string.IsNullOrEmpty(s_text) || string.IsNullOrEmpty(" ")) return 1;
        if (Len(s_null) != -1 || Len(s_empty) != 0 || Len(s_text) != 4) return 2;
        if ((s_null ?? "fallback") != "fallback" || (s_empty ?? "fallback") != "" || (s_text ?? "x") != "text") return 3;
        if (!(s_null is null) || s_empty is null || s_null != null || s_empty == null) return 4;
        string[] items = { "a", null, "", "bc", null, "", "def" };
        int nonEmpty = 0, nulls = 0, chars = 0;
        foreach (string s in items)
        {
            if (s == null) nulls++;
            if (!string.IsNullOrEmpty(s)) { nonEmpty++; chars += s.Length; }
        }
        if (nonEmpty != 3 || nulls != 2 || chars != 6) return 5;
        string first = null;
        for (int i = 0; i < items.Length && first == null; i++) if (!string.IsNullOrEmpty(items[i]) && items[i].Length > 1) first = items[i];
        if (first != "bc") return 6;
        if (s_null?[0] != null || s_text?[1] != 'e') return 7;
        return 100;
    }
}
