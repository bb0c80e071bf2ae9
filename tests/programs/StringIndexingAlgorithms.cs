// Checks string indexing in algorithms: palindrome tests, counting characters, a hand-written substring search, run-length comparison, and a vowel census, all reading s[i] and Length only.
static class Program
{
    static string s_text = "the quick brown fox jumps over the lazy dog";

    static bool Palindrome(string s)
    {
        int i = 0, j = s.Length - 1;
        while (i < j) if (s[i++] != s[j--]) return false;
        return true;
    }

    static int IndexOf(string hay, string needle, int from)
    {
        for (int i = from; i + needle.Length <= hay.Length; i++)
        {
            int k = 0;
            while (k < needle.Length && hay[i + k] == needle[k]) k++;
            if (k == needle.Length) return i;
        }
        return -1;
    }

    static int Count(string s, char c)
    {
        int n = 0;
        for (int i = 0; i < s.Length; i++) if (s[i] == c) n++;
        return n;
    }

    static int Main()
    {
        if (!Palindrome("racecar") || !Palindrome("") || !Palindrome("x") || Palindrome("ab") || !Palindrome("abba")) return 1;
        if (Count(s_text, ' ') != 8 || Count(s_text, 'o') != 4 || Count(s_text, 'z') != 1) return 2;
        if (IndexOf(s_text, "the", 0) != 0 || IndexOf(s_text, "the", 1) != 31 || IndexOf(s_text, "cat", 0) != -1) return 3;
        if (IndexOf(s_text, "dog", 0) != 40 || IndexOf(s_text, "", 5) != 5) return 4;
        bool[] seen = new bool[26];
        for (int i = 0; i < s_text.Length; i++) if (s_text[i] >= 'a' && s_text[i] <= 'z') seen[s_text[i] - 'a'] = true;
        foreach (bool b in seen) if (!b) return 5;
        int vowels = 0;
        for (int i = 0; i < s_text.Length; i++)
        {
            switch (s_text[i]) { case 'a': case 'e': case 'i': case 'o': case 'u': vowels++; break; }
        }
        if (vowels != 11) return 6;
        int words = 0;
        for (int i = 0; i < s_text.Length; i++) if (s_text[i] != ' ' && (i == 0 || s_text[i - 1] == ' ')) words++;
        if (words != 9) return 7;
        return 100;
    }
}
