// Checks new string(ReadOnlySpan<char>) and new string(char[], int, int): strings built from array slices, from a stackalloc'd buffer, reversing and upper-casing a string through a span copy, and that later writes to the buffer do not change the string.
using System;

static class Program
{
    static string s_word = "Differential";

    static string Reverse(string s)
    {
        Span<char> buf = s.Length <= 64 ? stackalloc char[s.Length] : new char[s.Length];
        s.AsSpan().CopyTo(buf);
        buf.Reverse();
        return new string(buf);
    }

    static string Upper(string s)
    {
        char[] arr = new char[s.Length];
        Span<char> span = arr;
        for (int i = 0; i < s.Length; i++) { char c = s[i]; span[i] = c >= 'a' && c <= 'z' ? (char)(c - 32) : c; }
        return new string(span);
    }

    static int Main()
    {
        if (Reverse(s_word) != "laitnereffiD") return 1;
        if (Reverse("") != "" || Reverse("a") != "a") return 2;
        if (Upper(s_word) != "DIFFERENTIAL") return 3;
        char[] chars = s_word.ToCharArray();
        string mid = new string(new ReadOnlySpan<char>(chars, 4, 5));
        if (mid != "erent") return 4;
        string viaArray = new string(chars, 0, 4);
        if (viaArray != "Diff") return 5;
        chars[0] = 'X';
        if (viaArray != "Diff" || mid.Length != 5) return 6;
        Span<char> buf = stackalloc char[6];
        for (int i = 0; i < buf.Length; i++) buf[i] = (char)('a' + i * 2);
        string s = new string(buf);
        buf[0] = 'Q';
        if (s != "acegik" || s[0] != 'a') return 7;
        string empty = new string(buf.Slice(6));
        if (empty.Length != 0 || empty != "") return 8;
        string joined = new string(s_word.AsSpan(0, 3)) + new string(s_word.AsSpan(9));
        if (joined != "Difial") return 9;
        return 100;
    }
}
