// Checks char span algorithms written by hand: reversing the order of words in a Span<char> copied from a string (reverse all, then each word), collapsing runs of spaces in place, a palindrome check over letters only, and a Caesar shift, compared with string spans via SequenceEqual.
using System;

static class Program
{
    static string s_text = "the quick  brown fox";
    static string s_pal = "A man, a plan, a canal: Panama";
    static int s_shift = 3;

    static void ReverseRange(Span<char> s)
    {
        int i = 0, j = s.Length - 1;
        while (i < j) { char t = s[i]; s[i] = s[j]; s[j] = t; i++; j--; }
    }

    static void ReverseWords(Span<char> s)
    {
        ReverseRange(s);
        int start = 0;
        for (int i = 0; i <= s.Length; i++)
        {
            if (i == s.Length || s[i] == ' ')
            {
                ReverseRange(s.Slice(start, i - start));
                start = i + 1;
            }
        }
    }

    static int CollapseSpaces(Span<char> s)
    {
        int w = 0;
        for (int r = 0; r < s.Length; r++)
        {
            if (s[r] == ' ' && (w == 0 || s[w - 1] == ' ')) continue;
            s[w++] = s[r];
        }
        if (w > 0 && s[w - 1] == ' ') w--;
        return w;
    }

    static char Lower(char c) => c >= 'A' && c <= 'Z' ? (char)(c + 32) : c;
    static bool IsLetter(char c) => (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');

    static bool IsPalindrome(ReadOnlySpan<char> s)
    {
        int i = 0, j = s.Length - 1;
        while (i < j)
        {
            if (!IsLetter(s[i])) { i++; continue; }
            if (!IsLetter(s[j])) { j--; continue; }
            if (Lower(s[i]) != Lower(s[j])) return false;
            i++; j--;
        }
        return true;
    }

    static void Caesar(Span<char> s, int k)
    {
        for (int i = 0; i < s.Length; i++)
        {
            char c = s[i];
            if (c >= 'a' && c <= 'z') s[i] = (char)('a' + (c - 'a' + k + 26) % 26);
        }
    }

    static int Main()
    {
        string text = s_text;
        Span<char> buf = stackalloc char[text.Length];
        text.AsSpan().CopyTo(buf);
        ReverseWords(buf);
        if (!buf.SequenceEqual("fox brown  quick the".AsSpan())) return 1;
        int n = CollapseSpaces(buf);
        if (n != 19 || !buf.Slice(0, n).SequenceEqual("fox brown quick the".AsSpan())) return 2;

        char[] arr = "  lead and trail  ".ToCharArray();
        int m = CollapseSpaces(arr);
        if (!arr.AsSpan(0, m).SequenceEqual("lead and trail".AsSpan())) return 3;

        if (!IsPalindrome(s_pal)) return 4;
        if (IsPalindrome(text)) return 5;
        if (!IsPalindrome(ReadOnlySpan<char>.Empty)) return 6;

        Span<char> c = stackalloc char[5];
        "xyzab".AsSpan().CopyTo(c);
        Caesar(c, s_shift);
        if (!c.SequenceEqual("abcde".AsSpan())) return 7;
        Caesar(c, -s_shift);
        if (!c.SequenceEqual("xyzab".AsSpan())) return 8;

        // Reversing words of a single word and of a one-letter span.
        Span<char> one = stackalloc char[4];
        "word".AsSpan().CopyTo(one);
        ReverseWords(one);
        if (!one.SequenceEqual("word".AsSpan())) return 9;
        return 100;
    }
}
