// Checks nint/nuint shifts by a run-time count below 31 (Roslyn masks the count with sizeof(nint)*8-1 via the IL sizeof opcode).
static class Program
{
    static nint s_neg = -64;
    static nuint s_high = 0x80000000u;
    static int s_count = 3;

    static nint Shl(nint x, int n) { return x << n; }
    static nint Shr(nint x, int n) { return x >> n; }
    static nuint ShrU(nuint x, int n) { return x >> n; }

    static int Main()
    {
        if (Shr(s_neg, s_count) != -8) return 1;
        if (Shl(s_neg, s_count) != -512) return 2;
        if (ShrU(s_high, s_count) != 0x10000000u) return 3;
        if (ShrU(s_high, s_count + 28) != 1u) return 4;
        if (Shl(1, s_count + 27) != 1073741824) return 5;
        if (Shr(s_neg, s_count + 27) != -1) return 6;
        nint acc = 1;
        for (int i = 0; i < 20; i++)
            acc = Shl(acc, 1) | 1;
        if (acc != 2097151) return 7;
        nuint u = s_high;
        u >>= s_count;
        if (u != 0x10000000u) return 8;
        return 100;
    }
}
