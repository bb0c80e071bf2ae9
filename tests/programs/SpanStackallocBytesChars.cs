// Checks stackalloc into Span<byte> and Span<char>: byte arithmetic wrapping, writing digits of a number into a char buffer backwards and turning the used slice into a string with new string(span), and a hex encoder.
using System;

static class Program
{
    static int s_value = 90210;
    static byte[] s_bytes = { 0x00, 0x7F, 0xAB, 0xFF };

    static string Digits(int value)
    {
        Span<char> buf = stackalloc char[12];
        bool neg = value < 0;
        uint v = neg ? (uint)(-(long)value) : (uint)value;
        int pos = buf.Length;
        do { buf[--pos] = (char)('0' + (int)(v % 10)); v /= 10; } while (v != 0);
        if (neg) buf[--pos] = '-';
        return new string(buf.Slice(pos));
    }

    static string Hex(ReadOnlySpan<byte> data)
    {
        Span<char> buf = stackalloc char[data.Length * 2];
        for (int i = 0; i < data.Length; i++)
        {
            buf[2 * i] = "0123456789abcdef"[data[i] >> 4];
            buf[2 * i + 1] = "0123456789abcdef"[data[i] & 15];
        }
        return new string(buf);
    }

    static int Main()
    {
        Span<byte> b = stackalloc byte[8];
        for (int i = 0; i < b.Length; i++) b[i] = (byte)(250 + i);
        if (b[0] != 250 || b[5] != 255 || b[6] != 0 || b[7] != 1) return 1;
        int sum = 0;
        for (int i = 0; i < b.Length; i++) sum += b[i];
        if (sum != 250 + 251 + 252 + 253 + 254 + 255 + 0 + 1) return 2;
        if (Digits(s_value) != "90210") return 3;
        if (Digits(-s_value) != "-90210") return 4;
        if (Digits(0) != "0") return 5;
        if (Digits(int.MinValue) != "-2147483648") return 6;
        if (Hex(s_bytes) != "007fabff") return 7;
        if (Hex(b.Slice(4, 3)) != "feff00") return 8;
        Span<char> word = stackalloc char[3];
        word[0] = 'a'; word[1] = 'b'; word[2] = 'c';
        string w = new string(word);
        word[0] = 'z';
        if (w != "abc" || w.Length != 3) return 9;
        return 100;
    }
}
