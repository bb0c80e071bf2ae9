// string.Split with chars, strings, counts and StringSplitOptions (RemoveEmptyEntries, TrimEntries), and string.Join over arrays, lists, objects and nulls.
using System;
using System.Collections.Generic;

class StringSplitJoin
{
    static void Show(string label, string[] parts)
    {
        Console.WriteLine(label + " -> " + parts.Length + " [" + string.Join("|", parts) + "]");
    }

    static int Main()
    {
        string csv = "a,b,,c, d ,";
        Show("split ','", csv.Split(','));
        Show("remove empty", csv.Split(',', StringSplitOptions.RemoveEmptyEntries));
        Show("trim", csv.Split(',', StringSplitOptions.TrimEntries));
        Show("trim+remove", csv.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries));
        Show("count 3", csv.Split(',', 3));
        Show("count 1", csv.Split(',', 1));
        Show("chars", "a;b,c d".Split(new[] { ';', ',', ' ' }));
        Show("string sep", "one<>two<>three<><>".Split("<>"));
        Show("string seps", "1 and 2 or 3 and 4".Split(new[] { " and ", " or " }, StringSplitOptions.None));
        Show("string sep remove", "xx--yy----zz".Split("--", StringSplitOptions.RemoveEmptyEntries));
        Show("whitespace", "  lots   of\tspace\nhere ".Split((char[])null, StringSplitOptions.RemoveEmptyEntries));
        Show("no sep found", "abc".Split(','));
        Show("empty", "".Split(','));
        Show("empty remove", "".Split(',', StringSplitOptions.RemoveEmptyEntries));
        Show("count 2 remove", ",,a,,b,,c".Split(',', 2, StringSplitOptions.RemoveEmptyEntries));
        Show("lines", "l1\nl2\r\nl3".Split(new[] { "\r\n", "\n" }, StringSplitOptions.None));

        Console.WriteLine(string.Join(", ", new[] { "x", "y", "z" }));
        Console.WriteLine(string.Join(", ", new List<string> { "list", "of", "strings" }));
        Console.WriteLine(string.Join("-", 1, 2.5, 'c', true, null, "s"));
        Console.WriteLine(string.Join('/', new[] { "usr", "local", "bin" }));
        Console.WriteLine(string.Join(", ", new[] { 1, 2, 3 }));
        Console.WriteLine("[" + string.Join(",", new string[0]) + "]");
        Console.WriteLine("[" + string.Join(",", new string[] { null, null }) + "]");
        Console.WriteLine(string.Join(null, new[] { "no", "sep" }));
        Console.WriteLine(string.Join(" ", new[] { "a", "b", "c", "d", "e" }, 1, 3));
        IEnumerable<int> evens = Evens(5);
        Console.WriteLine(string.Join(";", evens));
        Console.WriteLine(string.Join(",", "a,b,c".Split(',')));
        string round = string.Join("|", "p q  r".Split(' '));
        Console.WriteLine(round + " " + round.Length);
        return 0;
    }

    static IEnumerable<int> Evens(int n)
    {
        for (int i = 0; i < n; i++)
            yield return i * 2;
    }
}
