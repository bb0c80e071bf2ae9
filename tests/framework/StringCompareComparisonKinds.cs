// string.Compare/Equals/StartsWith/EndsWith/IndexOf/LastIndexOf/Contains/Replace with every StringComparison value under invariant globalization, Compare with index/length overloads and ignoreCase flags, CompareOrdinal, CompareInfo with CompareOptions, and ordering of mixed case, digits, punctuation and accents (signs only).
using System;
using System.Globalization;

class StringCompareComparisonKinds
{
    static readonly StringComparison[] Kinds =
    {
        StringComparison.Ordinal, StringComparison.OrdinalIgnoreCase, StringComparison.InvariantCulture,
        StringComparison.InvariantCultureIgnoreCase, StringComparison.CurrentCulture, StringComparison.CurrentCultureIgnoreCase,
    };

    static string Sign(int c) => c < 0 ? "<" : c > 0 ? ">" : "=";

    static int Main()
    {
        (string, string)[] pairs =
        {
            ("abc", "ABC"), ("a", "B"), ("B", "a"), ("apple", "apples"), ("", "a"), ("Z", "a"), ("10", "9"),
            ("a-b", "ab"), ("\u00e9", "e"), ("\u00e9", "\u00c9"), ("stra\u00dfe", "STRASSE"), ("\u0131", "I"), ("x\u0000", "x"),
        };
        foreach (var (x, y) in pairs)
        {
            var line = "\"" + Escape(x) + "\" vs \"" + Escape(y) + "\":";
            foreach (var k in Kinds)
                line += " " + Sign(string.Compare(x, y, k)) + (string.Equals(x, y, k) ? "eq" : "ne");
            Console.WriteLine(line + " ordinal " + Sign(string.CompareOrdinal(x, y)) + " ignoreCase " + Sign(string.Compare(x, y, true, CultureInfo.InvariantCulture)) + " CompareTo " + Sign(x.CompareTo(y)));
        }

        string text = "The Quick Brown Fox jumps over the lazy dog";
        foreach (var k in Kinds)
        {
            Console.WriteLine(k + ": StartsWith('the') " + text.StartsWith("the", k) + " EndsWith('DOG') " + text.EndsWith("DOG", k) + " IndexOf('the') " + text.IndexOf("the", k) + " LastIndexOf('THE') " + text.LastIndexOf("THE", k) + " Contains('FOX') " + text.Contains("FOX", k) + " IndexOf('o', 20) " + text.IndexOf("o", 20, k) + " Replace " + "a-A-a".Replace("a", "x", k));
        }

        Console.WriteLine("Compare ranges: " + Sign(string.Compare("xxHELLOyy", 2, "hello", 0, 5, StringComparison.OrdinalIgnoreCase)) + " " + Sign(string.Compare("xxHELLOyy", 2, "hello", 0, 5, StringComparison.Ordinal)) + " " + Sign(string.Compare("abcdef", 3, "xxdef", 2, 3)) + " " + Sign(string.Compare("abc", 1, "ABC", 1, 2, true, CultureInfo.InvariantCulture)) + " " + Sign(string.CompareOrdinal("abcX", 0, "abcY", 0, 3)) + " length beyond " + Sign(string.Compare("ab", 0, "abc", 0, 10, StringComparison.Ordinal)));
        Console.WriteLine("nulls: " + Sign(string.Compare(null, "a", StringComparison.Ordinal)) + " " + Sign(string.Compare(null, null, StringComparison.OrdinalIgnoreCase)) + " " + Sign(string.Compare("a", null, StringComparison.InvariantCulture)) + " " + string.Equals(null, null, StringComparison.Ordinal) + " " + string.Equals("a", null, StringComparison.OrdinalIgnoreCase));

        var ci = CultureInfo.InvariantCulture.CompareInfo;
        Console.WriteLine("CompareInfo: " + Sign(ci.Compare("abc", "ABC")) + " " + Sign(ci.Compare("abc", "ABC", CompareOptions.IgnoreCase)) + " " + Sign(ci.Compare("abc", "ABC", CompareOptions.Ordinal)) + " " + Sign(ci.Compare("abc", "ABD", CompareOptions.OrdinalIgnoreCase)) + " IndexOf " + ci.IndexOf("Hello World", "WORLD", CompareOptions.IgnoreCase) + " IsPrefix " + ci.IsPrefix("Hello", "HE", CompareOptions.IgnoreCase) + " IsSuffix " + ci.IsSuffix("Hello", "LO", CompareOptions.Ordinal) + " LastIndexOf " + ci.LastIndexOf("abcabc", "BC", CompareOptions.OrdinalIgnoreCase));
        Console.WriteLine("CompareInfo name [" + ci.Name + "] culture [" + CultureInfo.InvariantCulture.Name + "] current is invariant " + (CultureInfo.CurrentCulture.Name == ""));

        string[] toSort = { "b", "B", "a", "A", "_", "1", "aa", "Ab", "\u00e1" };
        foreach (var k in new[] { StringComparison.Ordinal, StringComparison.OrdinalIgnoreCase, StringComparison.InvariantCulture })
        {
            var copy = (string[])toSort.Clone();
            Array.Sort(copy, (l, r) => string.Compare(l, r, k) is var c && c != 0 ? c : string.CompareOrdinal(l, r));
            Console.WriteLine("sorted " + k + ": " + Escape(string.Join(" ", copy)));
        }
        try
        {
            string.Compare("a", "b", (StringComparison)42);
        }
        catch (ArgumentException e)
        {
            Console.WriteLine(e.GetType().Name + ": " + e.Message);
        }
        try
        {
            string.Compare("abc", 5, "abc", 0, 1, StringComparison.Ordinal);
        }
        catch (ArgumentOutOfRangeException e)
        {
            Console.WriteLine(e.GetType().Name + ": " + e.Message);
        }
        return 0;
    }

    static string Escape(string s)
    {
        var sb = new System.Text.StringBuilder();
        foreach (char ch in s)
            sb.Append(ch < 0x20 || ch > 0x7e ? "\\u" + ((int)ch).ToString("x4") : ch.ToString());
        return sb.ToString();
    }
}
