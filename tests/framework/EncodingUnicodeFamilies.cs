// UTF-8, UTF-16 LE/BE, UTF-32, ASCII and Latin-1: GetByteCount/GetBytes/GetString/GetCharCount on BMP, supplementary and lone-surrogate text, invalid byte sequences replaced by U+FFFD (code points in hex), custom replacement and exception fallbacks, and span-based overloads.
using System;
using System.Text;

class EncodingUnicodeFamilies
{
    static string Codes(string s)
    {
        var sb = new StringBuilder();
        foreach (char c in s)
            sb.Append(((int)c).ToString("X4")).Append(' ');
        return sb.ToString().TrimEnd();
    }

    static string Hex(byte[] b) => b.Length == 0 ? "-" : Convert.ToHexString(b);

    static int Main()
    {
        Encoding[] encodings = { Encoding.UTF8, Encoding.Unicode, Encoding.BigEndianUnicode, Encoding.UTF32, new UTF32Encoding(true, false), Encoding.ASCII, Encoding.Latin1 };
        string[] texts = { "Az", "\u00ff\u0100", "\u20ac", "\U00010348", "\ud83d", "x\udc00y" };
        foreach (var enc in encodings)
        {
            var sb = new StringBuilder(enc.WebName + ":");
            foreach (var t in texts)
            {
                byte[] bytes = enc.GetBytes(t);
                sb.Append(' ').Append(enc.GetByteCount(t)).Append('/').Append(Hex(bytes)).Append('/').Append(Codes(enc.GetString(bytes)).Replace(' ', '.'));
            }
            Console.WriteLine(sb);
        }
        byte[][] bad =
        {
            new byte[] { 0xC0, 0x80 },
            new byte[] { 0xF4, 0x90, 0x80, 0x80 },
            new byte[] { 0xE0, 0x80, 0x41 },
            new byte[] { 0xF0, 0x9F, 0x98 },
            new byte[] { 0x80, 0x80, 0x41 },
            new byte[] { 0xED, 0xB0, 0x80 },
            new byte[] { 0xFE, 0xFF },
            new byte[] { 0xEF, 0xBB, 0xBF, 0x41 },
        };
        foreach (var b in bad)
            Console.WriteLine("utf8 " + Hex(b) + " -> " + Codes(Encoding.UTF8.GetString(b)) + " count " + Encoding.UTF8.GetCharCount(b));
        Console.WriteLine("utf16 odd " + Codes(Encoding.Unicode.GetString(new byte[] { 0x41, 0x00, 0x42 })) + " | lone " + Codes(Encoding.Unicode.GetString(new byte[] { 0x00, 0xD8, 0x41, 0x00 })));
        Console.WriteLine("utf32 bad " + Codes(Encoding.UTF32.GetString(new byte[] { 0x00, 0x00, 0x11, 0x00, 0x41, 0x00, 0x00, 0x00 })));
        Console.WriteLine("ascii high " + Codes(Encoding.ASCII.GetString(new byte[] { 0x7F, 0x80, 0xFF })));

        var custom = Encoding.GetEncoding("us-ascii", new EncoderReplacementFallback("[?]"), new DecoderReplacementFallback("<bad>"));
        Console.WriteLine("custom " + Encoding.ASCII.GetString(custom.GetBytes("a\u00e9b")) + " " + custom.GetString(new byte[] { 0x61, 0xC8, 0x62 }) + " " + custom.GetByteCount("\u00e9\u00e9"));
        var strictAscii = Encoding.GetEncoding("ascii", EncoderFallback.ExceptionFallback, DecoderFallback.ExceptionFallback);
        try
        {
            strictAscii.GetBytes("ok\u00e9");
        }
        catch (EncoderFallbackException e)
        {
            Console.WriteLine(e.GetType().Name + ": " + e.Message + " char " + ((int)e.CharUnknown).ToString("X4") + " index " + e.Index);
        }
        try
        {
            new UTF8Encoding(false, true).GetBytes("a\ud800b");
        }
        catch (EncoderFallbackException e)
        {
            Console.WriteLine(e.GetType().Name + ": " + e.Message);
        }
        try
        {
            new UnicodeEncoding(false, false, true).GetString(new byte[] { 0x00, 0xDC });
        }
        catch (DecoderFallbackException e)
        {
            Console.WriteLine(e.GetType().Name + ": " + e.Message + " index " + e.Index + " bytes " + Hex(e.BytesUnknown));
        }
        Span<byte> dest = stackalloc byte[4];
        Console.WriteLine("tryget " + Encoding.UTF8.TryGetBytes("\u00e9\u00e9", dest, out int w1) + " " + w1 + " " + Encoding.UTF8.TryGetBytes("\u00e9\u00e9\u00e9", dest, out int w2) + " " + w2);
        try
        {
            Encoding.UTF8.GetBytes("\u20ac\u20ac", dest);
        }
        catch (ArgumentException e)
        {
            Console.WriteLine(e.GetType().Name + ": " + e.Message);
        }
        Console.WriteLine("max " + Encoding.UTF32.GetMaxByteCount(3) + " " + Encoding.ASCII.GetMaxByteCount(3) + " " + Encoding.Latin1.GetMaxCharCount(3) + " " + Encoding.UTF8.GetMaxCharCount(3));
        Console.WriteLine("names " + Encoding.GetEncoding("utf-16BE").WebName + " " + Encoding.GetEncoding(65001).EncodingName + " " + Encoding.GetEncoding("latin1").CodePage + " " + Encoding.UTF32.BodyName);
        Console.WriteLine("ascii utilities " + Ascii.IsValid("plain"u8) + " " + Ascii.IsValid("pl\u00e0in") + " " + Ascii.ToUpperInPlace(new char[] { 'a', '\u00e9' }.AsSpan(), out int up) + " " + up + " " + Ascii.EqualsIgnoreCase("ABC", "abc"));
        return 0;
    }
}
