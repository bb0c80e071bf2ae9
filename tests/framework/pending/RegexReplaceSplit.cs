// Regex.Replace with $1, ${name}, $0, $$, $` and $' substitutions, a MatchEvaluator, count and startat limits, Regex.Split with and without captured delimiters, RightToLeft, and backreferences (numbered, named, case-insensitive).
using System;
using System.Globalization;
using System.Text.RegularExpressions;

class RegexReplaceSplit
{
    static string Show(string[] parts) => parts.Length + ":[" + string.Join("|", parts) + "]";

    static int Main()
    {
        Console.WriteLine(Regex.Replace("John Smith, Jane Doe", @"(\w+) (\w+)", "$2, $1"));
        Console.WriteLine(Regex.Replace("2024-03-15", @"(?<y>\d+)-(?<m>\d+)-(?<d>\d+)", "${d}/${m}/${y}"));
        Console.WriteLine(Regex.Replace("cost 5", @"\d", "$$$0.00"));
        Console.WriteLine(Regex.Replace("abc", "b", "[$`|$'|$&|$+|$_]"));
        Console.WriteLine(Regex.Replace("a1b2c3", @"\d", "${9}<$9>"));
        Console.WriteLine(Regex.Replace("hello world foo", @"\b(\w)(\w*)", m => m.Groups[1].Value.ToUpperInvariant() + m.Groups[2].Value));
        int counter = 0;
        Console.WriteLine(Regex.Replace("x x x x", "x", m => "x" + (++counter)));
        Console.WriteLine(Regex.Replace("price 10 and 250", @"\d+", m => (int.Parse(m.Value, CultureInfo.InvariantCulture) * 2).ToString(CultureInfo.InvariantCulture)));
        var r = new Regex("a");
        Console.WriteLine(r.Replace("aaaaa", "b", 2) + " " + r.Replace("aaaaa", "b", 2, 2) + " " + r.Replace("aaaaa", "b", -1, 4));
        Console.WriteLine(Regex.Replace("  lots   of    space  ", @"\s+", " ").Trim() + "|" + Regex.Replace("abc", "", "-") + "|" + Regex.Replace("abc", "x*", "_"));

        Console.WriteLine(Show(Regex.Split("one, two,three ,  four", @"\s*,\s*")));
        Console.WriteLine(Show(Regex.Split("a1b22c333d", @"\d+")));
        Console.WriteLine(Show(Regex.Split("a1b22c333d", @"(\d)+")));
        Console.WriteLine(Show(Regex.Split("2024-03-15", "(-)")));
        Console.WriteLine(Show(Regex.Split("abc", "")));
        Console.WriteLine(Show(Regex.Split(",a,,b,", ",")));
        Console.WriteLine(Show(new Regex(",").Split("a,b,c,d", 2)) + " " + Show(new Regex(",").Split("a,b,c,d", 3, 2)));
        Console.WriteLine(Show(Regex.Split("ab", "(a)|(b)")));

        var rtl = new Regex(@"\d+", RegexOptions.RightToLeft);
        var seq = new System.Text.StringBuilder();
        foreach (Match m in rtl.Matches("a1b22c333"))
            seq.Append(m.Value).Append('@').Append(m.Index).Append(' ');
        Console.WriteLine("rtl " + seq.ToString().TrimEnd() + " first " + rtl.Match("9 88 777").Value + " replace1 " + rtl.Replace("1 2 3", "X", 1) + " rtl " + rtl.RightToLeft);
        Console.WriteLine("rtl split " + Show(new Regex("-", RegexOptions.RightToLeft).Split("a-b-c-d", 2)));

        Console.WriteLine("doubled: " + Regex.Match("this is is a test test", @"\b(\w+)\s+\1\b").Value + " | all " + Regex.Matches("this is is a test test", @"\b(\w+)\s+\1\b").Count);
        Console.WriteLine("named backref: " + Regex.IsMatch("abcabc", @"^(?<t>\w+)\k<t>$") + " " + Regex.IsMatch("abcab", @"^(?<t>\w+)\k<t>$") + " " + Regex.Match("xyzzy", @"(\w)\1").Index);
        Console.WriteLine("ignorecase backref: " + Regex.IsMatch("Abab", @"^(ab)\1$", RegexOptions.IgnoreCase) + " " + Regex.IsMatch("Abab", @"^(ab)\1$"));
        Console.WriteLine("quotes: " + Regex.Replace("say 'hi' and \"bye\"", @"(['""])(.*?)\1", "<$2>"));
        Console.WriteLine("html tags: " + Regex.Replace("<b>bold</b> <i>it</i> <b>x</i>", @"<(\w+)>(.*?)</\1>", "[$1:$2]"));
        Console.WriteLine("palindrome-ish: " + Regex.IsMatch("abccba", @"^(\w)(\w)(\w)\3\2\1$") + " " + Regex.IsMatch("abccbx", @"^(\w)(\w)(\w)\3\2\1$"));
        Console.WriteLine("balancing: " + Regex.IsMatch("(a(b)c)", @"^(?:[^()]|(?<o>\()|(?<-o>\)))*(?(o)(?!))$") + " " + Regex.IsMatch("(a(b c)", @"^(?:[^()]|(?<o>\()|(?<-o>\)))*(?(o)(?!))$"));
        Console.WriteLine("conditional: " + Regex.Replace("(1) 2 (3 4)", @"(\()?\d(?(1)\))", "#"));
        try
        {
            Regex.Replace("abc", "(b)", m => throw new InvalidOperationException("from evaluator " + m.Value));
        }
        catch (InvalidOperationException e)
        {
            Console.WriteLine(e.GetType().Name + ": " + e.Message);
        }
        try
        {
            new Regex("a").Replace("aaa", "b", 1, 10);
        }
        catch (ArgumentOutOfRangeException e)
        {
            Console.WriteLine(e.GetType().Name + ": " + e.Message.Replace("\n", " | "));
        }
        return 0;
    }
}
