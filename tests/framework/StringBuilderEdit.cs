// StringBuilder editing: Insert of strings and values at the ends and middle, Remove, Replace of strings and chars (whole and in a range), AppendFormat with alignment and invariant culture, AppendJoin, and out-of-range errors.
using System;
using System.Globalization;
using System.Text;

class StringBuilderEdit
{
    static int Main()
    {
        var sb = new StringBuilder("hello world");
        sb.Insert(0, "[").Insert(sb.Length, "]").Insert(6, "big ");
        Console.WriteLine(sb);
        sb.Insert(1, 42).Insert(1, 'c').Insert(1, true).Insert(1, 2.5);
        Console.WriteLine(sb);
        sb.Insert(0, "ab", 3);
        Console.WriteLine(sb);
        sb.Remove(0, 6);
        Console.WriteLine(sb);
        sb.Remove(sb.Length - 1, 1);
        Console.WriteLine(sb);
        sb.Replace("o", "0");
        Console.WriteLine(sb);
        sb.Replace('l', 'L');
        Console.WriteLine(sb);
        sb.Replace("0", "OO", 0, 8);
        Console.WriteLine(sb);
        sb.Replace("big ", "");
        Console.WriteLine(sb);
        sb.Replace("missing", "x");
        Console.WriteLine(sb + " " + sb.Length);

        var f = new StringBuilder();
        f.AppendFormat(CultureInfo.InvariantCulture, "{0,-6}|{1,6:F2}|{2:X4}", "ab", 3.14159, 255);
        f.AppendLine();
        f.AppendFormat("{0} {1} {2} {3}", 1, "two", 3.0, '4');
        f.AppendLine();
        f.AppendFormat(CultureInfo.InvariantCulture, "{0:N1} {0:E2} {1:P0}", 12345.678, 0.25);
        Console.WriteLine(f.ToString().Replace("\r", ""));

        var j = new StringBuilder("list: ");
        j.AppendJoin(", ", new[] { "a", "b", "c" });
        j.Append(" | ").AppendJoin('-', 1, 2, 3);
        j.Append(" | ").AppendJoin("+", new System.Collections.Generic.List<int> { 10, 20 });
        j.Append(" | ").AppendJoin(";", new object[] { 1, null, "z" });
        j.Append(" | ").AppendJoin(",", Array.Empty<string>());
        Console.WriteLine(j);

        var rev = new StringBuilder("abcdef");
        for (int i = 0, k = rev.Length - 1; i < k; i++, k--)
        {
            char t = rev[i];
            rev[i] = rev[k];
            rev[k] = t;
        }
        Console.WriteLine(rev);
        Console.WriteLine(rev.ToString().IndexOf('c') + " " + rev.Length);

        try
        {
            rev.Remove(4, 10);
        }
        catch (ArgumentOutOfRangeException e)
        {
            Console.WriteLine("ArgumentOutOfRangeException: " + e.Message + " / " + e.ParamName);
        }
        try
        {
            rev.Insert(7, "x");
        }
        catch (ArgumentOutOfRangeException e)
        {
            Console.WriteLine("ArgumentOutOfRangeException: " + e.Message);
        }
        try
        {
            Console.WriteLine(rev[6]);
        }
        catch (IndexOutOfRangeException e)
        {
            Console.WriteLine("IndexOutOfRangeException: " + e.Message);
        }
        catch (ArgumentOutOfRangeException e)
        {
            Console.WriteLine("ArgumentOutOfRangeException: " + e.Message);
        }
        try
        {
            new StringBuilder().AppendFormat("{0} {1}", 1);
        }
        catch (FormatException e)
        {
            Console.WriteLine("FormatException: " + e.Message);
        }
        return 0;
    }
}
