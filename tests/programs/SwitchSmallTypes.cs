// Checks switches on byte, sbyte, short and char values (dense tables over the promoted int value).
static class Program
{
    static int s_zero = 0;

    static int OnByte(byte b)
    {
        switch (b)
        {
            case 0: return 1;
            case 1: return 2;
            case 2: return 3;
            case 3: return 4;
            case 255: return 5;
            default: return 0;
        }
    }

    static int OnSByte(sbyte b)
    {
        switch (b)
        {
            case -2: return 1;
            case -1: return 2;
            case 0: return 3;
            case 1: return 4;
            case -128: return 5;
            default: return 0;
        }
    }

    static int OnChar(char c)
    {
        switch (c)
        {
            case 'a': return 1;
            case 'b': return 2;
            case 'c': return 3;
            case 'd': return 4;
            case 'e': return 5;
            case '\uFFFF': return 6;
            default: return 0;
        }
    }

    static int OnShort(short s)
    {
        switch (s)
        {
            case -32768: return 1;
            case -3: return 2;
            case -2: return 3;
            case -1: return 4;
            case 0: return 5;
            case 32767: return 6;
            default: return 0;
        }
    }

    static int Main()
    {
        int sum = 0;
        for (int i = 0; i < 256; i++)
            sum += OnByte((byte)(i + s_zero));
        if (sum != 15) return 1;
        sum = 0;
        for (int i = -128; i < 128; i++)
            sum += OnSByte((sbyte)(i + s_zero));
        if (sum != 15) return 2;
        sum = 0;
        for (int i = 0; i < 65536; i++)
            sum += OnChar((char)(i + s_zero));
        if (sum != 21) return 3;
        sum = 0;
        for (int i = -32768; i < 32768; i++)
            sum += OnShort((short)(i + s_zero));
        if (sum != 21) return 4;
        if (OnByte((byte)(s_zero - 1)) != 5) return 5;
        if (OnSByte((sbyte)(s_zero + 128)) != 5) return 6;
        if (OnChar((char)(s_zero + 'c')) != 3) return 7;
        return 100;
    }
}
