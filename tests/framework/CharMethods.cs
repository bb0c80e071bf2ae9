// char methods: IsDigit/IsLetter/IsLetterOrDigit/IsWhiteSpace/IsUpper/IsLower/IsPunctuation/IsSymbol/IsControl/IsSeparator on ASCII and beyond, ToUpperInvariant/ToLowerInvariant, GetNumericValue, GetUnicodeCategory, IsAscii* helpers, surrogates and char arithmetic.
using System;
using System.Globalization;
using System.Text;

class CharMethods
{
    static string Flags(char c)
    {
        var sb = new StringBuilder();
        sb.Append(char.IsDigit(c) ? 'D' : '.');
        sb.Append(char.IsLetter(c) ? 'L' : '.');
        sb.Append(char.IsLetterOrDigit(c) ? 'A' : '.');
        sb.Append(char.IsWhiteSpace(c) ? 'W' : '.');
        sb.Append(char.IsUpper(c) ? 'U' : '.');
        sb.Append(char.IsLower(c) ? 'l' : '.');
        sb.Append(char.IsPunctuation(c) ? 'P' : '.');
        sb.Append(char.IsSymbol(c) ? 'S' : '.');
        sb.Append(char.IsControl(c) ? 'C' : '.');
        sb.Append(char.IsSeparator(c) ? 'Z' : '.');
        sb.Append(char.IsNumber(c) ? 'N' : '.');
        return sb.ToString();
    }

    static int Main()
    {
        string sample = "aZ09 \t\n!$+_-\u00e9\u00c9\u00df\u00bd\u00b2\u0660\u0967\u03a9\u4e2d\u00a0\u2028\u20ac\u00a9\u0000";
        foreach (char c in sample)
        {
            double num = char.GetNumericValue(c);
            Console.WriteLine(((int)c).ToString("X4") + " " + Flags(c) + " " + char.GetUnicodeCategory(c) + " up=" + ((int)char.ToUpperInvariant(c)).ToString("X4") + " low=" + ((int)char.ToLowerInvariant(c)).ToString("X4") + " num=" + num.ToString(CultureInfo.InvariantCulture));
        }
        Console.WriteLine(char.IsAsciiDigit('7') + " " + char.IsAsciiDigit('\u0660') + " " + char.IsAsciiLetter('q') + " " + char.IsAsciiLetterUpper('q') + " " + char.IsAsciiHexDigit('F') + " " + char.IsAsciiHexDigitLower('F') + " " + char.IsAscii('\u00e9') + " " + char.IsBetween('m', 'a', 'z'));
        Console.WriteLine(char.ToUpper('x') + " " + char.ToLower('X') + " " + char.ToUpperInvariant('\u00ff') + " " + (char)('a' + 1) + " " + ('z' - 'a') + " " + (int)'A' + " " + (char)97);
        char c2 = 'a';
        c2++;
        c2 += (char)2;
        Console.WriteLine(c2 + " " + char.MaxValue.Equals('\uffff') + " " + (int)char.MinValue + " " + 'b'.CompareTo('a') + " " + char.Parse("Q") + " " + char.TryParse("QQ", out char bad) + " " + (int)bad);
        string emoji = "\U0001F600";
        Console.WriteLine(emoji.Length + " " + char.IsSurrogate(emoji, 0) + " " + char.IsHighSurrogate(emoji[0]) + " " + char.IsLowSurrogate(emoji[1]) + " " + char.IsSurrogatePair(emoji[0], emoji[1]) + " " + char.ConvertToUtf32(emoji, 0).ToString("X") + " " + (char.ConvertFromUtf32(0x1F601) == "\U0001F601"));
        Console.WriteLine(char.GetUnicodeCategory(emoji, 0) + " " + char.IsLetter(emoji, 0) + " " + char.IsSymbol(emoji, 0) + " " + new Rune(0x1F600).Utf16SequenceLength + " " + new Rune('x').Utf8SequenceLength + " " + Rune.IsLetter(new Rune(0x4E2D)));
        Console.WriteLine('x'.ToString() + char.ToString('y') + " " + 'a'.GetHashCode().Equals('a'.GetHashCode()) + " " + char.IsDigit("a1", 1) + " " + char.GetNumericValue("x5", 1));
        int digitSum = 0;
        foreach (char ch in "a1b2c3d4")
            if (char.IsDigit(ch))
                digitSum += ch - '0';
        Console.WriteLine("digit sum " + digitSum);
        return 0;
    }
}
