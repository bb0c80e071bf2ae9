// MemoryExtensions on spans of ints, bytes and chars: IndexOf/LastIndexOf/IndexOfAny/IndexOfAnyExcept/IndexOfAnyInRange, Contains/ContainsAny, Count, SequenceEqual/SequenceCompareTo, StartsWith/EndsWith, CommonPrefixLength, Trim variants, Reverse, Sort (with keys and comparison), BinarySearch, Replace and SearchValues.
using System;
using System.Buffers;

class SpanMemoryExtensionsSearch
{
    static string S(ReadOnlySpan<int> s) => "[" + string.Join(",", s.ToArray()) + "]";

    static int Main()
    {
        int[] data = { 4, 8, 15, 16, 23, 42, 8, 4 };
        ReadOnlySpan<int> span = data;
        Console.WriteLine("IndexOf " + span.IndexOf(8) + " LastIndexOf " + span.LastIndexOf(8) + " missing " + span.IndexOf(99) + " seq " + span.IndexOf(new[] { 16, 23 }) + " lastSeq " + span.LastIndexOf(new[] { 8, 4 }));
        Console.WriteLine("IndexOfAny " + span.IndexOfAny(23, 15) + " " + span.IndexOfAny(new[] { 42, 16, 99 }) + " LastIndexOfAny " + span.LastIndexOfAny(4, 15));
        Console.WriteLine("IndexOfAnyExcept " + span.IndexOfAnyExcept(4) + " " + span.IndexOfAnyExcept(4, 8, 15) + " LastIndexOfAnyExcept " + span.LastIndexOfAnyExcept(4, 8));
        Console.WriteLine("InRange " + span.IndexOfAnyInRange(10, 20) + " " + span.LastIndexOfAnyInRange(10, 20) + " except range " + span.IndexOfAnyExceptInRange(0, 10));
        Console.WriteLine("Contains " + span.Contains(42) + " " + span.Contains(5) + " ContainsAny " + span.ContainsAny(1, 2, 16) + " ContainsAnyExcept " + span.ContainsAnyExcept(4) + " Count " + span.Count(8) + " " + span.Count(new[] { 8, 4 }));
        Console.WriteLine("SequenceEqual " + span.Slice(1, 2).SequenceEqual(new[] { 8, 15 }) + " " + span.SequenceEqual(data) + " CompareTo " + span.SequenceCompareTo(new[] { 4, 8, 16 }) + " " + span.Slice(0, 2).SequenceCompareTo(new[] { 4, 8, 15 }));
        Console.WriteLine("StartsWith " + span.StartsWith(new[] { 4, 8 }) + " EndsWith " + span.EndsWith(new[] { 8, 4 }) + " " + span.EndsWith(4) + " CommonPrefix " + span.CommonPrefixLength(new[] { 4, 8, 15, 99 }));

        ReadOnlySpan<char> text = "  --Hello, Span World--  ";
        Console.WriteLine("Trim [" + text.Trim().ToString() + "] TrimStart [" + text.TrimStart().ToString() + "] TrimEnd [" + text.TrimEnd().ToString() + "]");
        Console.WriteLine("Trim chars [" + text.Trim(" -").ToString() + "] [" + text.Trim().Trim('-').ToString() + "] [" + text.TrimStart(' ').TrimStart('-').ToString() + "]");
        ReadOnlySpan<char> word = text.Trim(" -");
        Console.WriteLine("char IndexOf " + word.IndexOf(',') + " " + word.IndexOf("Span") + " " + word.IndexOf("span", StringComparison.OrdinalIgnoreCase) + " LastIndexOf " + word.LastIndexOf('o') + " IndexOfAny " + word.IndexOfAny("WS") + " Count l " + word.Count('l'));
        Console.WriteLine("char StartsWith " + word.StartsWith("Hello") + " " + word.StartsWith("hello", StringComparison.OrdinalIgnoreCase) + " EndsWith " + word.EndsWith("World") + " Equals " + word.Equals("hello, span world", StringComparison.OrdinalIgnoreCase) + " Contains " + word.Contains("n W", StringComparison.Ordinal));
        Console.WriteLine("IsWhiteSpace " + "  \t".AsSpan().IsWhiteSpace() + " " + word.IsWhiteSpace() + " CompareTo " + Math.Sign(word.CompareTo("Hello", StringComparison.Ordinal)));

        var letters = "abcdefg".ToCharArray();
        letters.AsSpan(1, 4).Reverse();
        Console.WriteLine("Reverse slice " + new string(letters));
        int[] sortMe = { 5, -2, 9, 0, 3, 3, -7 };
        sortMe.AsSpan().Sort();
        Console.WriteLine("Sort " + S(sortMe) + " BinarySearch 3 " + (((ReadOnlySpan<int>)sortMe).BinarySearch(3) >= 4) + " 4 " + ((ReadOnlySpan<int>)sortMe).BinarySearch(4) + " -8 " + ((ReadOnlySpan<int>)sortMe).BinarySearch(-8));
        sortMe.AsSpan().Sort((x, y) => Math.Abs(x).CompareTo(Math.Abs(y)) is var c && c != 0 ? c : x.CompareTo(y));
        Console.WriteLine("Sort by abs " + S(sortMe));
        string[] names = { "cherry", "apple", "banana" };
        int[] prices = { 3, 1, 2 };
        prices.AsSpan().Sort(names.AsSpan());
        Console.WriteLine("Sort keys/items " + S(prices) + " " + string.Join(",", names));
        int[] rep = { 1, 2, 1, 3, 1 };
        rep.AsSpan().Replace(1, 0);
        Span<int> replaced = new int[5];
        ((ReadOnlySpan<int>)new[] { 7, 8, 7, 9, 7 }).Replace(replaced, 7, -1);
        Console.WriteLine("Replace " + S(rep) + " copy " + S(replaced));
        char[] path = "a/b/c".ToCharArray();
        path.AsSpan().Replace('/', '\\');
        Console.WriteLine("Replace chars " + new string(path));

        var vowels = SearchValues.Create("aeiouAEIOU");
        ReadOnlySpan<char> sentence = "Rhythm and Blues";
        Console.WriteLine("SearchValues chars: first vowel " + sentence.IndexOfAny(vowels) + " last " + sentence.LastIndexOfAny(vowels) + " first non-vowel " + sentence.IndexOfAnyExcept(vowels) + " contains " + sentence.ContainsAny(vowels) + " " + vowels.Contains('e') + " " + vowels.Contains('z'));
        var hexDigits = SearchValues.Create("0123456789abcdefABCDEF"u8);
        ReadOnlySpan<byte> bytes = "0x1F-zz"u8;
        Console.WriteLine("SearchValues bytes: " + bytes.IndexOfAnyExcept(hexDigits) + " " + bytes.Slice(2).IndexOfAnyExcept(hexDigits) + " " + bytes.LastIndexOfAny(hexDigits));
        var needles = SearchValues.Create(new[] { "World", "Span" }, StringComparison.OrdinalIgnoreCase);
        Console.WriteLine("SearchValues strings: " + word.IndexOfAny(needles) + " " + "no match here".AsSpan().IndexOfAny(needles));
        Span<byte> raw = stackalloc byte[] { 0, 0, 1, 2, 0, 3, 0, 0 };
        Console.WriteLine("byte spans: trim zeros " + Convert.ToHexString(((ReadOnlySpan<byte>)raw).Trim((byte)0)) + " IndexOf seq " + ((ReadOnlySpan<byte>)raw).IndexOf(new byte[] { 2, 0, 3 }) + " count zero " + ((ReadOnlySpan<byte>)raw).Count((byte)0));
        return 0;
    }
}
