// RegexOptions IgnoreCase, Multiline, Singleline, IgnorePatternWhitespace, ExplicitCapture, CultureInvariant and inline (?i)/(?m)/(?s) groups; lookahead and lookbehind (positive and negative), atomic groups and possessive-like behavior, and a match timeout value.
using System;
using System.Text;
using System.Text.RegularExpressions;

class RegexOptionsLookaround
{
    static string All(string input, string pattern, RegexOptions options = RegexOptions.None)
    {
        var sb = new StringBuilder();
        foreach (Match m in Regex.Matches(input, pattern, options))
            sb.Append('[').Append(m.Value.Replace("\n", "\\n")).Append(']');
        return sb.Length == 0 ? "none" : sb.ToString();
    }

    static int Main()
    {
        string text = "First line\nsecond Line\nTHIRD LINE";
        Console.WriteLine("case: " + All(text, "line") + " " + All(text, "line", RegexOptions.IgnoreCase) + " " + All(text, "(?i)LINE"));
        Console.WriteLine("anchors: " + All(text, @"^\w+") + " " + All(text, @"^\w+", RegexOptions.Multiline) + " " + All(text, @"\w+$", RegexOptions.Multiline));
        Console.WriteLine("crlf: " + All("a\r\nb\r\n", @"^\w$", RegexOptions.Multiline) + " " + All("a\r\nb\r\n", @"^\w\r?$", RegexOptions.Multiline).Replace("\r", "\\r"));
        Console.WriteLine("dot: " + All("a\nb", "a.b") + " " + All("a\nb", "a.b", RegexOptions.Singleline) + " " + All("a\nb", "(?s)a.b") + " " + All("a\nb", @"a[\s\S]b"));
        var verbose = new Regex(@"
            (?<area> \d{3} )   # area code
            [-.\s]?            # separator
            (?<num> \d{4} )    # number", RegexOptions.IgnorePatternWhitespace);
        Match pm = verbose.Match("call 555-1234 now");
        Console.WriteLine("verbose: " + pm.Value + " area " + pm.Groups["area"].Value + " num " + pm.Groups["num"].Value);
        Match ec = Regex.Match("ab-cd", @"(\w+)-(?<second>\w+)", RegexOptions.ExplicitCapture);
        Console.WriteLine("explicit capture: groups " + ec.Groups.Count + " second " + ec.Groups["second"].Value + " | " + Regex.Match("ab-cd", @"(?n)(\w+)-(\w+)").Groups.Count);
        Console.WriteLine("inline scoped: " + All("ABC abc", "a(?i:b)c") + " " + All("ABC aBc", "a(?i:b)c") + " " + All("ABc", "(?i)ab(?-i)c"));
        Console.WriteLine("invariant: " + Regex.IsMatch("\u0130", "i", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant) + " " + Regex.IsMatch("K", "\u212A", RegexOptions.IgnoreCase) + " " + Regex.IsMatch("\u00C9", "\u00e9", RegexOptions.IgnoreCase));

        Console.WriteLine("lookahead: " + All("price100 cost200 tax30", @"\w+(?=\d{3}\b)") + " " + All("foo1 foo2 bar3", @"foo(?!2)\d"));
        Console.WriteLine("lookbehind: " + All("$10 EUR20 $30", @"(?<=\$)\d+") + " " + All("$10 EUR20 $30", @"(?<!\$)\b\d+") + " " + All("a1 b2 a3", @"(?<=a)\d"));
        Console.WriteLine("password: " + Regex.IsMatch("Passw0rd", @"^(?=.*\d)(?=.*[a-z])(?=.*[A-Z]).{8,}$") + " " + Regex.IsMatch("password", @"^(?=.*\d)(?=.*[a-z])(?=.*[A-Z]).{8,}$"));
        Console.WriteLine("thousands: " + Regex.Replace("1234567890", @"(?<=\d)(?=(\d{3})+$)", ","));
        Console.WriteLine("variable lookbehind: " + All("ab aab aaab b", @"(?<=\ba+)b"));
        Console.WriteLine("atomic: " + Regex.IsMatch("aaab", @"^(?>a+)ab") + " " + Regex.IsMatch("aaab", @"^(a+)ab") + " " + All("123abc", @"(?>\d+)\w"));
        Console.WriteLine("word boundary unicode: " + All("caf\u00e9 na\u00efve", @"\b\w+\b").Length + " " + All("a.b,c", @"\b"));
        Console.WriteLine("nongreedy multiline: " + All("<p>\none\n</p><p>two</p>", "<p>(.*?)</p>", RegexOptions.Singleline));
        var timed = new Regex(@"(a+)+$", RegexOptions.None, TimeSpan.FromSeconds(5));
        Console.WriteLine("timeout " + timed.MatchTimeout.TotalSeconds + " default infinite " + (new Regex("x").MatchTimeout == Regex.InfiniteMatchTimeout) + " match " + timed.IsMatch("aaaa"));
        Console.WriteLine("options: " + new Regex("x", RegexOptions.IgnoreCase | RegexOptions.Multiline).Options + " | " + (RegexOptions.Singleline | RegexOptions.ExplicitCapture));
        Console.WriteLine("ecma: " + Regex.IsMatch("\u0661", @"^\d$", RegexOptions.ECMAScript) + " " + Regex.IsMatch("\u0661", @"^\d$"));
        try
        {
            new Regex("a", RegexOptions.ECMAScript | RegexOptions.Singleline);
        }
        catch (ArgumentOutOfRangeException e)
        {
            Console.WriteLine(e.GetType().Name + ": " + e.Message.Replace("\n", " | "));
        }
        try
        {
            new Regex("(?<=a+", RegexOptions.None);
        }
        catch (ArgumentException e)
        {
            Console.WriteLine(e.GetType().Name + ": " + e.Message);
        }
        return 0;
    }
}
