// Regex with the interpreter (constructor, no source generator): IsMatch, Match with numbered and named groups, Group.Success/Index/Length, Captures of repeated groups, Matches over a string, NextMatch, static methods, Regex.Escape/Unescape, GetGroupNames/GetGroupNumbers, and RegexParseException messages.
using System;
using System.Text;
using System.Text.RegularExpressions;

class RegexMatchGroups
{
    static int Main()
    {
        var date = new Regex(@"(?<year>\d{4})-(?<month>\d{2})-(?<day>\d{2})");
        foreach (var s in new[] { "on 2024-03-15 we", "2024-3-15", "x1999-12-31y2000-01-01" })
            Console.WriteLine("[" + s + "] " + date.IsMatch(s));
        Match m = date.Match("released 2023-11-07, patched 2024-01-30");
        while (m.Success)
        {
            Console.WriteLine("match '" + m.Value + "' at " + m.Index + " len " + m.Length + " y=" + m.Groups["year"].Value + " m=" + m.Groups["month"].Value + " d=" + m.Groups[3].Value + " groups " + m.Groups.Count);
            m = m.NextMatch();
        }
        Console.WriteLine("names " + string.Join(",", date.GetGroupNames()) + " numbers " + string.Join(",", date.GetGroupNumbers()) + " num of day " + date.GroupNumberFromName("day") + " name of 1 " + date.GroupNameFromNumber(1));

        var kv = new Regex(@"(\w+)=(\w*)(;)?");
        var sb = new StringBuilder();
        foreach (Match x in kv.Matches("a=1;bb=22;empty=;last=z"))
            sb.Append(x.Groups[1].Value).Append("->[").Append(x.Groups[2].Value).Append("] semi ").Append(x.Groups[3].Success).Append(" | ");
        Console.WriteLine(sb.ToString());
        MatchCollection all = Regex.Matches("one two  three", @"\S+");
        Console.WriteLine("count " + all.Count + " second " + all[1].Value + " at " + all[1].Index);

        Match rep = Regex.Match("ab12cd345ef6", @"(?:([a-z]+)(\d+))+");
        Console.WriteLine("repeated: " + rep.Value + " last1 " + rep.Groups[1].Value + " captures " + rep.Groups[1].Captures.Count + " / " + rep.Groups[2].Captures.Count);
        var caps = new StringBuilder();
        foreach (Capture c in rep.Groups[2].Captures)
            caps.Append(c.Value).Append('@').Append(c.Index).Append(' ');
        Console.WriteLine("digit captures " + caps.ToString().TrimEnd());

        Match opt = Regex.Match("color colour", @"colou?(r)(s)?");
        Console.WriteLine("optional group: " + opt.Groups[2].Success + " [" + opt.Groups[2].Value + "] index " + opt.Groups[2].Index + " name " + opt.Groups[1].Name);
        Match none = Regex.Match("abc", @"\d");
        Console.WriteLine("no match: " + none.Success + " [" + none.Value + "] " + none.Index + " " + (none == Match.Empty));
        Console.WriteLine("alternation: " + Regex.Match("catalog", "cat|catalog").Value + " " + Regex.Match("catalog", "catalog|cat").Value);
        Console.WriteLine("lazy vs greedy: " + Regex.Match("<a><b>", "<.+>").Value + " " + Regex.Match("<a><b>", "<.+?>").Value);
        Console.WriteLine("anchors: " + Regex.IsMatch("abc", "^abc$") + " " + Regex.IsMatch("abc\n", "^abc$") + " " + Regex.IsMatch("abc\n", @"^abc\z") + " " + Regex.Match("hello world", @"\bwor").Index);
        Console.WriteLine("classes: " + Regex.Match("x_9 y", @"[\w]+").Value + " " + Regex.Match("AbC", "[a-z]+").Value + " " + Regex.Match("tab\there", @"\s").Index + " " + Regex.Match("price: $42.50", @"\$(\d+)\.(\d\d)").Groups[1].Value);
        Console.WriteLine("unicode: " + Regex.Match("na\u00efve caf\u00e9", @"\w+$").Value.Length + " " + Regex.IsMatch("\u0661\u0662", @"^\d+$") + " " + Regex.IsMatch("\u0661", "^[0-9]$") + " " + Regex.Match("\u00c9t\u00e9", @"\p{Lu}").Value);
        Console.WriteLine("quantifiers: " + Regex.Match("aaaaa", "a{2,3}").Value + " " + Regex.Match("aaaaa", "a{2,}?").Value + " " + Regex.Matches("aaaaa", "a{2}").Count);
        Console.WriteLine("escape: " + Regex.Escape("1+1=2? (yes) [a] {b} ^$ .*|\\ #x") + " unescape " + Regex.Unescape(@"\t\x41\u00e9\n").Replace("\t", "<tab>").Replace("\n", "<nl>"));
        Console.WriteLine("escaped matches literally: " + Regex.IsMatch("cost (USD): 1.5*2", Regex.Escape("(USD): 1.5*")));
        Console.WriteLine("match at: " + new Regex(@"\d+").Match("ab123cd45", 5).Value + " " + new Regex(@"\d+").Match("ab123cd45", 2, 2).Value + " tostring " + date);
        Console.WriteLine("count " + Regex.Count("a1b22c333", @"\d+") + " enumerate:");
        foreach (ValueMatch vm in Regex.EnumerateMatches("x=1, y=22", @"\d+"))
            Console.WriteLine("  value match at " + vm.Index + " len " + vm.Length);
        foreach (var bad in new[] { "(abc", "a{2,1}", "[z-a]", "(?<n>x)\\k<m>", "*a" })
        {
            try
            {
                new Regex(bad);
                Console.WriteLine(bad + " ok");
            }
            catch (ArgumentException e)
            {
                Console.WriteLine(bad + " -> " + e.GetType().Name + ": " + e.Message);
            }
        }
        return 0;
    }
}
