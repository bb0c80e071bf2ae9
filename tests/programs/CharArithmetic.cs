// Checks char used as an unsigned 16-bit number: arithmetic, increment wrap, comparisons and conversions.
static class Program
{
    static char s_a = 'a';
    static char s_max = '\uFFFF';
    static int s_shift = 32;

    static char ToUpper(char c)
    {
        if (c >= 'a' && c <= 'z')
            return (char)(c - s_shift);
        return c;
    }

    static int Main()
    {
        char c = s_a;
        if (c != 97) return 1;
        if (c + 1 != 98) return 2;
        c++;
        if (c != 'b') return 3;
        if (ToUpper(c) != 'B') return 4;
        if (ToUpper('5') != '5') return 5;
        char m = s_max;
        if (m != 65535) return 6;
        m++;
        if (m != 0) return 7;
        m--;
        if (m != '\uFFFF') return 8;
        if ((short)m != -1) return 9;
        if ((int)m != 65535) return 10;
        if (m <= s_a) return 11;
        int sum = 0;
        for (char x = 'a'; x <= 'z'; x++)
            sum += x - 'a';
        if (sum != 325) return 12;
        char fromInt = (char)(s_shift + 65536 + 33);
        if (fromInt != 'A') return 13;
        char fromNeg = (char)(-s_shift);
        if (fromNeg != 65504) return 14;
        char d = (char)('0' + 7 + s_shift - 32);
        if (d - '0' != 7) return 15;
        c = 'x';
        c += (char)5;
        if (c != '}') return 16;
        char l = (char)(s_a + 0x141 - 97);
        if ((byte)l != 0x41 || (sbyte)(char)(l + 0x3F) != -128) return 17;
        return 100;
    }
}
