// string Trim, TrimStart, TrimEnd (whitespace, chars, char arrays), PadLeft and PadRight (widths shorter and longer, custom pad chars), and IsNullOrEmpty/IsNullOrWhiteSpace.
using System;

class StringTrimPad
{
    static string B(string s) => "[" + s + "]";

    static int Main()
    {
        string s = " \t  padded text \n ";
        Console.WriteLine(B(s.Trim()));
        Console.WriteLine(B(s.TrimStart()).Replace("\n", "\\n"));
        Console.WriteLine(B(s.TrimEnd()).Replace("\t", "\\t"));
        Console.WriteLine(B("xxhixx".Trim('x')));
        Console.WriteLine(B("xyhiyx".Trim('x', 'y')));
        Console.WriteLine(B("--==hi==--".TrimStart('-')));
        Console.WriteLine(B("--==hi==--".TrimEnd('-', '=')));
        Console.WriteLine(B("000123".TrimStart('0')));
        Console.WriteLine(B("0000".TrimStart('0')));
        Console.WriteLine(B("   ".Trim()));
        Console.WriteLine(B("".Trim()));
        Console.WriteLine(B("\u00a0nbsp\u2003".Trim()));
        Console.WriteLine(B("abc".Trim(new char[0])));
        Console.WriteLine(B("abc".PadLeft(6)));
        Console.WriteLine(B("abc".PadRight(6)));
        Console.WriteLine(B("abc".PadLeft(6, '*')));
        Console.WriteLine(B("abc".PadRight(6, '.')));
        Console.WriteLine(B("abcdef".PadLeft(3)));
        Console.WriteLine(B("abc".PadLeft(3, '-')));
        Console.WriteLine(B("".PadRight(4, '#')));
        Console.WriteLine(B(42.ToString().PadLeft(5, '0')));
        for (int i = 1; i <= 4; i++)
            Console.WriteLine(B(new string('*', i).PadLeft(4).PadRight(6, '|')));
        Console.WriteLine(string.IsNullOrEmpty(null) + " " + string.IsNullOrEmpty("") + " " + string.IsNullOrEmpty(" "));
        Console.WriteLine(string.IsNullOrWhiteSpace(null) + " " + string.IsNullOrWhiteSpace(" \t\r\n") + " " + string.IsNullOrWhiteSpace(" x "));
        Console.WriteLine(B(new string('=', 5)) + " " + B(new string(new[] { 'a', 'b' })) + " " + B(new string(new[] { 'a', 'b', 'c', 'd' }, 1, 2)));
        try
        {
            Console.WriteLine("abc".PadLeft(-1));
        }
        catch (ArgumentOutOfRangeException e)
        {
            Console.WriteLine("ArgumentOutOfRangeException: " + e.Message);
        }
        return 0;
    }
}
