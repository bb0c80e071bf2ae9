// System.Text encodings: UTF-8 byte counts and bytes for ASCII, Latin-1, CJK and surrogate pairs, GetString round trips, invalid bytes replaced by U+FFFD, ASCII/Latin1/Unicode(UTF-16LE/BE)/UTF-32 encodings, preambles, and Base64 of encoded text.
using System;
using System.Text;

class EncodingAndBase64
{
    static string Hex(byte[] b) => BitConverter.ToString(b);

    static string Codes(string s)
    {
        var sb = new StringBuilder();
        foreach (char c in s)
            sb.Append(((int)c).ToString("X4")).Append(' ');
        return sb.ToString().TrimEnd();
    }

    static int Main()
    {
        string[] samples = { "hello", "caf\u00e9", "\u4e2d\u6587", "\U0001F600!", "", "a\0b" };
        foreach (var s in samples)
        {
            byte[] utf8 = Encoding.UTF8.GetBytes(s);
            Console.WriteLine(Codes(s) + " | utf8 " + Encoding.UTF8.GetByteCount(s) + " " + Hex(utf8) + " | back " + (Encoding.UTF8.GetString(utf8) == s) + " | chars " + Encoding.UTF8.GetCharCount(utf8));
        }
        Console.WriteLine(Hex(Encoding.Unicode.GetBytes("A\u00e9")) + " " + Hex(Encoding.BigEndianUnicode.GetBytes("A\u00e9")) + " " + Hex(Encoding.UTF32.GetBytes("\U0001F600")));
        Console.WriteLine(Hex(Encoding.ASCII.GetBytes("A\u00e9\u4e2d")) + " " + Encoding.ASCII.GetString(new byte[] { 72, 105, 200 }) + " " + Hex(Encoding.Latin1.GetBytes("\u00e9\u0100")) + " " + Codes(Encoding.Latin1.GetString(new byte[] { 0xE9, 0xFF })));
        Console.WriteLine(Codes(Encoding.UTF8.GetString(new byte[] { 0x41, 0xFF, 0x42, 0xC3 })) + " | " + Codes(Encoding.UTF8.GetString(new byte[] { 0xE2, 0x82 })) + " | " + Codes(Encoding.UTF8.GetString(new byte[] { 0xED, 0xA0, 0x80 })));
        Console.WriteLine(Hex(Encoding.UTF8.GetBytes("\ud800x")) + " " + Hex(Encoding.UTF8.GetPreamble()) + " " + Hex(Encoding.Unicode.GetPreamble()) + " " + new UTF8Encoding(false).GetPreamble().Length);
        Console.WriteLine(Encoding.UTF8.WebName + " " + Encoding.Unicode.WebName + " " + Encoding.ASCII.WebName + " " + Encoding.UTF8.CodePage + " " + Encoding.Latin1.CodePage);
        var strict = new UTF8Encoding(false, true);
        try
        {
            strict.GetString(new byte[] { 0x80 });
        }
        catch (DecoderFallbackException e)
        {
            Console.WriteLine("DecoderFallbackException: " + e.Message);
        }
        byte[] text = Encoding.UTF8.GetBytes("WasmR2R \u2713");
        string b64 = Convert.ToBase64String(text);
        Console.WriteLine(b64 + " " + Encoding.UTF8.GetString(Convert.FromBase64String(b64)).Length);
        Span<byte> buffer = stackalloc byte[16];
        int written = Encoding.UTF8.GetBytes("\u00e9t\u00e9".AsSpan(), buffer);
        Console.WriteLine(written + " " + Hex(buffer.Slice(0, written).ToArray()));
        Span<char> chars = stackalloc char[8];
        int decoded = Encoding.UTF8.GetChars(buffer.Slice(0, written), chars);
        Console.WriteLine(decoded + " " + chars.Slice(0, decoded).ToString().ToUpperInvariant());
        var sb = new StringBuilder();
        var decoder = Encoding.UTF8.GetDecoder();
        byte[] euro = { 0xE2, 0x82, 0xAC };
        char[] one = new char[2];
        foreach (byte b in euro)
        {
            int n = decoder.GetChars(new[] { b }, 0, 1, one, 0);
            sb.Append(n);
            if (n > 0)
                sb.Append(':').Append(((int)one[0]).ToString("X4"));
            sb.Append(' ');
        }
        Console.WriteLine(sb.ToString());
        Console.WriteLine(Encoding.UTF8.GetMaxByteCount(10) + " " + Encoding.Unicode.GetMaxCharCount(10) + " " + Encoding.UTF8.IsSingleByte + " " + Encoding.Latin1.IsSingleByte);
        return 0;
    }
}
