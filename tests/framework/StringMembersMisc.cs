// string Substring, Replace (char and string, ignore case), Insert, Remove, Concat overloads, Format, ToCharArray, Reverse via arrays, indexing with ranges, Repeat via Concat/new string, and error messages for bad ranges.
using System;
using System.Linq;

class StringMembersMisc
{
    static int Main()
    {
        string s = "Hello, World";
        Console.WriteLine(s.Substring(7) + "|" + s.Substring(0, 5) + "|" + s.Substring(12) + "|" + s.Substring(3, 0) + "|");
        Console.WriteLine(s[..5] + "|" + s[7..] + "|" + s[^5..^1] + "|" + s[^1]);
        Console.WriteLine(s.Replace('l', 'L') + " " + s.Replace("l", "") + " " + s.Replace("World", "There") + " " + s.Replace("xyz", "abc"));
        Console.WriteLine(s.Replace("WORLD", "you", StringComparison.OrdinalIgnoreCase) + " " + "aaa".Replace("a", "aa") + " " + "abab".Replace("ab", null));
        Console.WriteLine(s.Insert(5, "!!!") + " " + s.Remove(5) + " " + s.Remove(0, 7) + " " + s.Remove(5, 2));
        Console.WriteLine(string.Concat("a", "b") + string.Concat("c", "d", "e") + string.Concat("f", "g", "h", "i") + string.Concat(new[] { "j", "k", "l", "m", "n" }));
        Console.WriteLine(string.Concat(1, 2) + " " + string.Concat((object)null, "x", 3.5) + " " + string.Concat(new object[] { 'c', true, null, 7L }));
        Console.WriteLine(string.Concat(Enumerable.Range(1, 5)) + " " + string.Concat(new[] { "p", null, "q" }) + " " + string.Concat("ab".AsSpan(), "cd".AsSpan()));
        Console.WriteLine(string.Format("{0}-{1}", "x", 9) + " " + string.Format("{0:D3}", 5));
        char[] chars = s.ToCharArray();
        Array.Reverse(chars);
        Console.WriteLine(new string(chars) + " " + s.ToCharArray(7, 5).Length + " " + new string(s.Reverse().ToArray()));
        Console.WriteLine(string.Concat(Enumerable.Repeat("ab", 3)) + " " + new string('-', 6) + " " + string.Empty.Length);
        Console.WriteLine("a-b-c".Replace("-", ", ") + " " + "tab\there".Replace('\t', '_'));
        Console.WriteLine(s.Length + " " + s.GetType().Name + " " + (s + null + 1 + 2) + " " + (1 + 2 + s));
        Console.WriteLine("abc".CompareTo("abc") + " " + "x".PadLeft(3).Length + " " + "Line1\nLine2".Split('\n').Length);
        Console.WriteLine(string.Concat(s.Where(char.IsUpper)) + " " + s.Count(c => c == 'l') + " " + s.ToUpperInvariant().Distinct().Count());
        Console.WriteLine(s.EnumerateRunes().Count() + " " + "\U0001F600x".Length + " " + "\U0001F600x".EnumerateRunes().Count() + " " + char.IsSurrogate("\U0001F600"[0]));
        try
        {
            Console.WriteLine(s.Substring(10, 5));
        }
        catch (ArgumentOutOfRangeException e)
        {
            Console.WriteLine("ArgumentOutOfRangeException: " + e.Message);
        }
        try
        {
            Console.WriteLine(s.Substring(-1));
        }
        catch (ArgumentOutOfRangeException e)
        {
            Console.WriteLine("ArgumentOutOfRangeException: " + e.Message);
        }
        try
        {
            Console.WriteLine(s.Remove(20));
        }
        catch (ArgumentOutOfRangeException e)
        {
            Console.WriteLine("ArgumentOutOfRangeException: " + e.Message);
        }
        try
        {
            Console.WriteLine(s[20]);
        }
        catch (IndexOutOfRangeException e)
        {
            Console.WriteLine("IndexOutOfRangeException: " + e.Message);
        }
        try
        {
            Console.WriteLine("abc".Replace("", "x"));
        }
        catch (ArgumentException e)
        {
            Console.WriteLine(e.GetType().Name + ": " + e.Message);
        }
        return 0;
    }
}
