// Stateful Encoder/Decoder with input split mid-character (UTF-8 and UTF-16, flush vs no flush, Convert with completed flags), and Rune: enumeration of strings with surrogate pairs and lone surrogates, Rune properties, Utf8/Utf16 lengths, TryCreate, DecodeFromUtf8 and Rune.GetUnicodeCategory.
using System;
using System.Text;

class EncodingEncoderDecoderRunes
{
    static string Codes(ReadOnlySpan<char> s)
    {
        var sb = new StringBuilder();
        foreach (char c in s)
            sb.Append(((int)c).ToString("X4")).Append(' ');
        return sb.ToString().TrimEnd();
    }

    static int Main()
    {
        byte[] utf8 = Encoding.UTF8.GetBytes("a\u00e9\u20ac\U0001F680z");
        Console.WriteLine("bytes " + Convert.ToHexString(utf8));
        var decoder = Encoding.UTF8.GetDecoder();
        char[] chars = new char[4];
        var sb = new StringBuilder();
        for (int i = 0; i < utf8.Length; i++)
        {
            int n = decoder.GetChars(utf8, i, 1, chars, 0, flush: false);
            sb.Append(n).Append(n > 0 ? ":" + Codes(chars.AsSpan(0, n)).Replace(' ', '+') : "").Append(' ');
        }
        Console.WriteLine("byte by byte " + sb.ToString().TrimEnd());
        var d2 = Encoding.UTF8.GetDecoder();
        int first = d2.GetChars(new byte[] { 0xF0, 0x9F }, 0, 2, chars, 0, false);
        int pending = d2.GetCharCount(new byte[] { 0x9A }, 0, 1, false);
        int flushed = d2.GetChars(new byte[] { 0x9A }, 0, 1, chars, 0, true);
        Console.WriteLine("split then flush " + first + " " + pending + " " + flushed + " " + Codes(chars.AsSpan(0, flushed)));
        d2.Reset();
        int afterReset = d2.GetChars(new byte[] { 0x41 }, 0, 1, chars, 0, true);
        Console.WriteLine("after reset " + afterReset + " " + Codes(chars.AsSpan(0, afterReset)));

        var encoder = Encoding.UTF8.GetEncoder();
        string emoji = "\U0001F600";
        byte[] outBytes = new byte[8];
        int b1 = encoder.GetBytes(emoji.ToCharArray(), 0, 1, outBytes, 0, false);
        int b2 = encoder.GetBytes(emoji.ToCharArray(), 1, 1, outBytes, b1, true);
        Console.WriteLine("encoder split " + b1 + " " + b2 + " " + Convert.ToHexString(outBytes, 0, b1 + b2));
        var e2 = Encoding.UTF8.GetEncoder();
        int lone = e2.GetBytes(new[] { '\ud83d' }, 0, 1, outBytes, 0, true);
        Console.WriteLine("encoder lone flush " + lone + " " + Convert.ToHexString(outBytes, 0, lone));

        var d3 = Encoding.Unicode.GetDecoder();
        byte[] u16 = Encoding.Unicode.GetBytes("\u00e9\U0001F600");
        d3.Convert(u16, 0, 3, chars, 0, 4, false, out int used, out int produced, out bool completed);
        Console.WriteLine("convert part " + used + " " + produced + " " + completed + " " + Codes(chars.AsSpan(0, produced)));
        d3.Convert(u16, 3, u16.Length - 3, chars, 0, 4, true, out used, out produced, out completed);
        Console.WriteLine("convert rest " + used + " " + produced + " " + completed + " " + Codes(chars.AsSpan(0, produced)));

        string mixed = "A\u00e9\U0001F600\ud800B\U00010000";
        var runes = new StringBuilder();
        foreach (Rune r in mixed.EnumerateRunes())
            runes.Append(r.Value.ToString("X")).Append('/').Append(r.Utf16SequenceLength).Append('/').Append(r.Utf8SequenceLength).Append(r.IsBmp ? "b" : "s").Append(' ');
        Console.WriteLine("runes " + runes.ToString().TrimEnd());
        int count = 0;
        foreach (var r in "x\U0001F600y".EnumerateRunes())
            count++;
        Console.WriteLine("count " + count + " string length " + "x\U0001F600y".Length);
        Console.WriteLine("trycreate " + Rune.TryCreate('\ud800', out _) + " " + Rune.TryCreate('\ud83d', '\ude00', out Rune pair) + " " + pair.Value.ToString("X") + " " + Rune.IsValid(0x110000) + " " + Rune.IsValid(0xDFFF) + " " + Rune.ReplacementChar.Value.ToString("X"));
        var rr = new Rune(0x1F600);
        Span<char> buf = stackalloc char[2];
        int written = rr.EncodeToUtf16(buf);
        Span<byte> ub = stackalloc byte[4];
        int uw = rr.EncodeToUtf8(ub);
        Console.WriteLine("encode " + written + " " + Codes(buf.Slice(0, written)) + " " + uw + " " + Convert.ToHexString(ub.Slice(0, uw)) + " " + rr.ToString().Length);
        var status = Rune.DecodeFromUtf8(new byte[] { 0xE2, 0x82, 0xAC, 0x41 }, out Rune dr, out int consumed);
        var status2 = Rune.DecodeFromUtf8(new byte[] { 0xE2, 0x82 }, out Rune dr2, out int consumed2);
        var status3 = Rune.DecodeFromUtf16("\udc00x", out Rune dr3, out int consumed3);
        Console.WriteLine("decode " + status + " " + dr.Value.ToString("X") + " " + consumed + " | " + status2 + " " + dr2.Value.ToString("X") + " " + consumed2 + " | " + status3 + " " + dr3.Value.ToString("X") + " " + consumed3);
        Console.WriteLine("last " + Rune.DecodeLastFromUtf16("ab\U0001F600", out Rune last, out int lc) + " " + last.Value.ToString("X") + " " + lc);
        foreach (int cp in new[] { 0x41, 0x61, 0x35, 0x20, 0x1F600, 0x10400, 0x0300, 0x4E2D })
        {
            var r = new Rune(cp);
            Console.WriteLine("U+" + cp.ToString("X4") + " " + Rune.GetUnicodeCategory(r) + " letter " + Rune.IsLetter(r) + " digit " + Rune.IsDigit(r) + " upper " + Rune.ToUpperInvariant(r).Value.ToString("X") + " lower " + Rune.ToLowerInvariant(r).Value.ToString("X"));
        }
        Console.WriteLine("compare " + new Rune('a').CompareTo(new Rune(0x1F600)) + " " + (new Rune('a') == new Rune(97)) + " " + new Rune(0xE9));
        return 0;
    }
}
