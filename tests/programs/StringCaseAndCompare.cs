// Checks ToUpperInvariant and ToLowerInvariant on ASCII strings, string.Equals(string, string) and Equals with StringComparison.Ordinal and OrdinalIgnoreCase, the sign of string.CompareOrdinal, and instance Equals.
using System;

static class Program
{
    static string s_mixed = "Hello, World 42!";
    static string s_lower = "hello, world 42!";

    static int Sign(int v) { return v < 0 ? -1 : v > 0 ? 1 : 0; }

    static int Main()
    {
        if (s_mixed.ToUpperInvariant() != "HELLO, WORLD 42!") return 1;
        if (s_mixed.ToLowerInvariant() != s_lower) return 2;
        if (s_lower.ToLowerInvariant() != s_lower) return 3;
        if (string.Equals(s_mixed, s_lower)) return 4;
        if (!string.Equals(s_mixed.ToLowerInvariant(), s_lower)) return 5;
        if (!string.Equals(s_mixed, s_lower, StringComparison.OrdinalIgnoreCase)) return 6;
        if (string.Equals(s_mixed, s_lower, StringComparison.Ordinal)) return 7;
        if (!s_lower.Equals(s_mixed.ToLowerInvariant()) || s_lower.Equals(s_mixed)) return 8;
        if (Sign(string.CompareOrdinal("apple", "banana")) != -1) return 9;
        if (Sign(string.CompareOrdinal("b", "a")) != 1 || string.CompareOrdinal(s_lower, s_mixed.ToLowerInvariant()) != 0) return 10;
        if (Sign(string.CompareOrdinal("abc", "abcd")) != -1 || Sign(string.CompareOrdinal("Z", "a")) != -1) return 11;
        if (Sign(string.CompareOrdinal(null, "a")) != -1 || string.CompareOrdinal(null, null) != 0) return 12;
        string[] words = { "pear", "Apple", "fig", "apple" };
        int smallest = 0;
        for (int i = 1; i < words.Length; i++) if (string.CompareOrdinal(words[i], words[smallest]) < 0) smallest = i;
        if (smallest != 1) return 13;
        if ("".ToUpperInvariant().Length != 0) return 14;
        return 100;
    }
}
