// string searching with ordinal semantics: IndexOf/LastIndexOf of chars and strings with start and count, IndexOfAny, Contains, StartsWith, EndsWith (Ordinal and OrdinalIgnoreCase).
using System;

class StringSearchOrdinal
{
    static int Main()
    {
        string s = "the quick brown fox jumps over the lazy dog";
        var o = StringComparison.Ordinal;
        var oi = StringComparison.OrdinalIgnoreCase;
        Console.WriteLine(s.IndexOf('o') + " " + s.LastIndexOf('o') + " " + s.IndexOf('z') + " " + s.IndexOf('Q'));
        Console.WriteLine(s.IndexOf('o', 13) + " " + s.IndexOf('o', 13, 3) + " " + s.LastIndexOf('o', 20) + " " + s.LastIndexOf('o', 20, 5));
        Console.WriteLine(s.IndexOf("the", o) + " " + s.LastIndexOf("the", o) + " " + s.IndexOf("THE", oi) + " " + s.IndexOf("THE", o));
        Console.WriteLine(s.IndexOf("o", 20, o) + " " + s.IndexOf("fox", 0, 19, o) + " " + s.IndexOf("fox", 0, 18, o));
        Console.WriteLine(s.IndexOf("", o) + " " + s.IndexOf("", 5, o) + " " + s.LastIndexOf("", o) + " " + "".IndexOf("", o));
        Console.WriteLine(s.IndexOfAny(new[] { 'x', 'z', 'q' }) + " " + s.LastIndexOfAny(new[] { 'x', 'z', 'q' }) + " " + s.IndexOfAny(new[] { '!' }));
        Console.WriteLine(s.Contains("brown") + " " + s.Contains("Brown") + " " + s.Contains("Brown", oi) + " " + s.Contains('j') + " " + s.Contains(""));
        Console.WriteLine(s.StartsWith("the", o) + " " + s.StartsWith("The", o) + " " + s.StartsWith("The", oi) + " " + s.StartsWith('t'));
        Console.WriteLine(s.EndsWith("dog", o) + " " + s.EndsWith("DOG", oi) + " " + s.EndsWith('g') + " " + s.EndsWith("", o));
        Console.WriteLine("abcabc".LastIndexOf("bc", o) + " " + "abcabc".LastIndexOf("bc", 3, o) + " " + "aaaa".IndexOf("aa", 1, o) + " " + "aaaa".LastIndexOf("aa", o));
        Console.WriteLine("Stra\u00dfe".IndexOf("SS", oi) + " " + "\u00c9t\u00e9".IndexOf("\u00e9", oi) + " " + "\u00c9t\u00e9".IndexOf("\u00e9", o));
        Console.WriteLine("a\0b".IndexOf('\0') + " " + "a\0b".IndexOf("b", o) + " " + "a\0b".Length);
        int count = 0;
        for (int i = s.IndexOf(' '); i >= 0; i = s.IndexOf(' ', i + 1))
            count++;
        Console.WriteLine("spaces: " + count);
        int words = 0;
        for (int i = 0; (i = s.IndexOf("o", i, o)) >= 0; i++)
            words++;
        Console.WriteLine("o count: " + words);
        Console.WriteLine(s.AsSpan().IndexOf("lazy".AsSpan()) + " " + s.AsSpan(4, 5).ToString() + " " + s.AsSpan().LastIndexOf('e'));
        try
        {
            Console.WriteLine(s.IndexOf('a', 100));
        }
        catch (ArgumentOutOfRangeException e)
        {
            Console.WriteLine("ArgumentOutOfRangeException: " + e.Message);
        }
        try
        {
            Console.WriteLine(s.IndexOf(null, o));
        }
        catch (ArgumentNullException e)
        {
            Console.WriteLine("ArgumentNullException: " + e.Message);
        }
        return 0;
    }
}
