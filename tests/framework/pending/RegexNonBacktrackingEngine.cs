// RegexOptions.NonBacktracking: IsMatch, Match and Matches with groups, IgnoreCase and Multiline, Replace and Split, a pattern that is catastrophic for backtracking handled in linear time, and NotSupportedException for backreferences, lookarounds and atomic groups.
using System;
using System.Text;
using System.Text.RegularExpressions;

class RegexNonBacktrackingEngine
{
    const RegexOptions NB = RegexOptions.NonBacktracking;

    static string All(Regex r, string input)
    {
        var sb = new StringBuilder();
        foreach (Match m in r.Matches(input))
            sb.Append('[').Append(m.Value).Append('@').Append(m.Index).Append(']');
        return sb.ToString();
    }

    static int Main()
    {
        var words = new Regex(@"\b[a-z]+\b", NB);
        Console.WriteLine("words " + All(words, "the quick Brown fox 42 jumps"));
        var email = new Regex(@"(?<user>[\w.]+)@(?<host>[\w-]+\.(com|org))", NB);
        Match m = email.Match("write to jane.doe@example.com or x@y.net or bob@site.org");
        while (m.Success)
        {
            Console.WriteLine("email " + m.Value + " user " + m.Groups["user"].Value + " host " + m.Groups["host"].Value + " tld " + m.Groups[1].Value + " at " + m.Index);
            m = m.NextMatch();
        }
        Console.WriteLine("ignorecase " + All(new Regex("hello", NB | RegexOptions.IgnoreCase), "Hello HELLO hello hElLo"));
        Console.WriteLine("multiline " + All(new Regex(@"^\d+$", NB | RegexOptions.Multiline), "12\nab\n345\n6x"));
        Console.WriteLine("singleline " + new Regex("a.*z", NB | RegexOptions.Singleline).Match("xa\n\nzy").Value.Length + " " + new Regex("a.*z", NB).IsMatch("a\nz"));
        Console.WriteLine("leftmost longest? " + new Regex("ab|abcd", NB).Match("abcd").Value + " vs backtracking " + new Regex("ab|abcd").Match("abcd").Value);
        Console.WriteLine("lazy " + new Regex("<.+?>", NB).Match("<a><b>").Value + " greedy " + new Regex("<.+>", NB).Match("<a><b>").Value);
        Console.WriteLine("replace " + new Regex(@"(\w+)@(\w+)", NB).Replace("a@b c@d", "$2 at $1") + " " + new Regex(@"\s+", NB).Replace("a  b \t c", "_"));
        Console.WriteLine("evaluator " + new Regex(@"\d+", NB).Replace("1 22 333", x => x.Length.ToString()));
        Console.WriteLine("split " + string.Join("|", new Regex(@"[,;]\s*", NB).Split("a, b;c,d")));
        string evil = new string('a', 5000) + "!";
        Console.WriteLine("catastrophic " + new Regex(@"^(a+)+$", NB).IsMatch(evil) + " " + new Regex(@"^(a|aa)+$", NB).IsMatch(new string('a', 4000)));
        Console.WriteLine("count " + new Regex("[aeiou]", NB).Count("nonbacktracking engine") + " classes " + All(new Regex(@"[\p{Lu}][\p{Ll}]*", NB), "Hello World ÉtÉ"));
        Console.WriteLine("anchors " + new Regex(@"\Aab", NB).IsMatch("xab") + " " + new Regex(@"ab\z", NB).IsMatch("xab") + " " + new Regex(@"ab\Z", NB).IsMatch("xab\n"));
        Console.WriteLine("loops " + new Regex("a{2,3}b", NB).Match("aaaab").Value + " " + All(new Regex("(ab){2}", NB), "abababab"));
        Console.WriteLine("captures " + new Regex(@"(\d)+", NB).Match("x123").Groups[1].Value + " " + new Regex(@"(\d)+", NB).Match("x123").Groups[1].Captures.Count);
        Console.WriteLine("options " + new Regex("x", NB).Options);
        foreach (var pattern in new[] { @"(\w)\1", @"a(?=b)", @"(?<=a)b", @"(?>a+)b", @"(a)?(?(1)b|c)" })
        {
            try
            {
                new Regex(pattern, NB);
                Console.WriteLine(pattern + " ok");
            }
            catch (Exception e)
            {
                Console.WriteLine(pattern + " -> " + e.GetType().Name + ": " + e.Message);
            }
        }
        try
        {
            new Regex("a", NB | RegexOptions.RightToLeft);
        }
        catch (Exception e)
        {
            Console.WriteLine(e.GetType().Name + ": " + e.Message.Replace("\n", " | "));
        }
        return 0;
    }
}
