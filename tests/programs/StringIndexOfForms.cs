// Checks string searching: IndexOf(char), IndexOf(char, start), LastIndexOf(char), IndexOf(string, StringComparison.Ordinal) with a start index, StartsWith/EndsWith/Contains with ordinal strings, and finding every occurrence in a loop.
using System;

static class Program
{
    static string s_text = "the cat sat on the mat";
    static string s_needle = "at";

    static int Main()
    {
        if (s_text.IndexOf('c') != 4 || s_text.IndexOf('z') != -1) return 1;
        if (s_text.IndexOf('t', 1) != 6 || s_text.IndexOf('t', 22) != -1) return 2;
        if (s_text.LastIndexOf('t') != 21 || s_text.LastIndexOf('q') != -1) return 3;
        if (s_text.IndexOf(s_needle, StringComparison.Ordinal) != 5) return 4;
        if (s_text.IndexOf("the", 1, StringComparison.Ordinal) != 15) return 5;
        if (s_text.IndexOf("AT", StringComparison.Ordinal) != -1) return 6;
        if (s_text.IndexOf("", StringComparison.Ordinal) != 0) return 7;
        int count = 0, at = 0, sumPos = 0;
        while ((at = s_text.IndexOf(s_needle, at, StringComparison.Ordinal)) >= 0) { count++; sumPos += at; at += s_needle.Length; }
        if (count != 3 || sumPos != 5 + 9 + 20) return 8;
        if (!s_text.StartsWith("the ", StringComparison.Ordinal) || s_text.StartsWith("cat", StringComparison.Ordinal)) return 9;
        if (!s_text.EndsWith("mat", StringComparison.Ordinal) || s_text.EndsWith("the", StringComparison.Ordinal)) return 10;
        if (!s_text.Contains("on t", StringComparison.Ordinal) || s_text.Contains("dog", StringComparison.Ordinal)) return 11;
        int spaces = 0;
        for (int i = s_text.IndexOf(' '); i >= 0; i = s_text.IndexOf(' ', i + 1)) spaces++;
        if (spaces != 5) return 12;
        return 100;
    }
}
