// ToUpperInvariant/ToLowerInvariant (ASCII and Latin-1/Greek), string.Compare and CompareOrdinal, CompareTo, Equals with OrdinalIgnoreCase, ==, and sorting strings with StringComparer.Ordinal/OrdinalIgnoreCase.
using System;
using System.Collections.Generic;

class StringCaseAndCompare
{
    static int Sign(int v) => v < 0 ? -1 : v > 0 ? 1 : 0;

    static int Main()
    {
        Console.WriteLine("Hello, World! 123".ToUpperInvariant());
        Console.WriteLine("Hello, World! 123".ToLowerInvariant());
        Console.WriteLine("\u00e9\u00e8\u00e0\u00fc\u00f1\u00e7".ToUpperInvariant());
        Console.WriteLine("\u00c9\u00c8\u00c0\u00dc\u00d1\u00c7".ToLowerInvariant());
        Console.WriteLine("\u03b1\u03b2\u03b3 \u0430\u0431\u0432".ToUpperInvariant());
        Console.WriteLine("stra\u00dfe".ToUpperInvariant() + " " + "I\u0130i\u0131".ToLowerInvariant() + " " + "i\u0131".ToUpperInvariant());
        Console.WriteLine("MiXeD".ToUpper() + " " + "MiXeD".ToLower());
        Console.WriteLine(Sign(string.Compare("apple", "banana", StringComparison.Ordinal)) + " " + Sign(string.Compare("b", "B", StringComparison.Ordinal)) + " " + Sign(string.Compare("b", "B", StringComparison.OrdinalIgnoreCase)));
        Console.WriteLine(Sign(string.CompareOrdinal("abc", "abd")) + " " + Sign(string.CompareOrdinal("abc", "ab")) + " " + Sign(string.CompareOrdinal(null, "a")) + " " + Sign(string.CompareOrdinal(null, null)));
        Console.WriteLine(string.CompareOrdinal("Z", "a") < 0);
        Console.WriteLine(Sign(string.Compare("hello world", 6, "WORLD", 0, 5, StringComparison.OrdinalIgnoreCase)));
        Console.WriteLine(Sign("abc".CompareTo("abd")) + " " + Sign("abc".CompareTo(null)) + " " + Sign(string.Compare("a", "a\0", StringComparison.Ordinal)));
        Console.WriteLine("Hello".Equals("hello") + " " + "Hello".Equals("hello", StringComparison.OrdinalIgnoreCase) + " " + string.Equals("A", "a", StringComparison.OrdinalIgnoreCase) + " " + string.Equals(null, null));
        string a = "con", b = "cat";
        string c1 = a + b, c2 = string.Concat("co", "ncat");
        Console.WriteLine((c1 == c2) + " " + ReferenceEquals(c1, c2) + " " + c1.Equals((object)c2) + " " + ReferenceEquals(string.Intern(c1), string.Intern(c2)));
        Console.WriteLine(StringComparer.OrdinalIgnoreCase.Equals("\u00c9T\u00c9", "\u00e9t\u00e9") + " " + StringComparer.Ordinal.Equals("x", "X"));
        var words = new List<string> { "banana", "Apple", "cherry", "apple", "Banana", "_under", "10", "9", "Zeta" };
        words.Sort(StringComparer.Ordinal);
        Console.WriteLine(string.Join(" ", words));
        words.Sort(StringComparer.OrdinalIgnoreCase);
        Console.WriteLine(string.Join(" ", words));
        words.Sort((x, y) => string.CompareOrdinal(y, x));
        Console.WriteLine(string.Join(" ", words));
        var set = new HashSet<string>(StringComparer.OrdinalIgnoreCase) { "One", "ONE", "one", "Two" };
        Console.WriteLine(set.Count + " " + set.Contains("TWO"));
        var dict = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        dict["Key"] = 1;
        dict["KEY"] = 2;
        Console.WriteLine(dict.Count + " " + dict["key"]);
        return 0;
    }
}
