// Checks ReadOnlySpan<byte> over UTF-8 string literals ("..."u8): the length in bytes, ASCII bytes, the multi-byte encodings of Latin, Greek, CJK and an emoji (surrogate pair to four bytes), the terminating zero after the span that is not part of it, slicing, and a u8 literal passed to a method.
using System;

static class Program
{
    static int s_i = 1;

    static int Sum(ReadOnlySpan<byte> s) { int t = 0; for (int i = 0; i < s.Length; i++) t += s[i]; return t; }

    static int CountCodePoints(ReadOnlySpan<byte> s)
    {
        int n = 0;
        for (int i = 0; i < s.Length; i++) if ((s[i] & 0xC0) != 0x80) n++;
        return n;
    }

    static unsafe int Main()
    {
        ReadOnlySpan<byte> hello = "Hello"u8;
        if (hello.Length != 5 || hello[s_i] != (byte)'e' || hello[4] != (byte)'o') return 1;
        if (Sum(hello) != 500) return 2;

        ReadOnlySpan<byte> e = "é"u8;
        if (e.Length != 2 || e[0] != 0xC3 || e[s_i] != 0xA9) return 3;
        ReadOnlySpan<byte> greek = "αβ"u8;
        if (greek.Length != 4 || greek[0] != 0xCE || greek[1] != 0xB1 || greek[3] != 0xB2) return 4;
        ReadOnlySpan<byte> cjk = "中"u8;
        if (cjk.Length != 3 || cjk[0] != 0xE4 || cjk[1] != 0xB8 || cjk[2] != 0xAD) return 5;
        ReadOnlySpan<byte> emoji = "😀"u8;
        if (emoji.Length != 4 || emoji[0] != 0xF0 || emoji[1] != 0x9F || emoji[2] != 0x98 || emoji[3] != 0x80) return 6;
        if (CountCodePoints("aé中😀"u8) != 4) return 7;

        // The literal's data is followed by a zero byte that the span does not include.
        fixed (byte* p = "abc"u8)
        {
            if (p[2] != (byte)'c' || p[3] != 0) return 8;
        }

        ReadOnlySpan<byte> mid = "0123456789"u8.Slice(3 + s_i, 3);
        if (mid.Length != 3 || mid[0] != (byte)'4' || mid[2] != (byte)'6') return 9;
        if (!"abc"u8.SequenceEqual("xabcx"u8.Slice(s_i, 3))) return 10;
        if ("x"u8.Length + ""u8.Length != 1) return 11;
        return 100;
    }
}
