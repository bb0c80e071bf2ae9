// Checks irreducible control flow built with goto: a loop that can be entered at two different blocks.
static class Program
{
    static int s_n = 5;

    static int TwoEntries(int entry, int n)
    {
        int i = 0;
        int trace = 0;
        if (entry == 0) goto Top;
        goto Middle;
    Top:
        trace += 1;
        i++;
    Middle:
        trace += 10;
        if (i < n) goto Top;
        return trace;
    }

    static int Ping(int start, int limit)
    {
        int x = start;
        int hops = 0;
        if ((x & 1) == 0) goto Even;
    Odd:
        hops++;
        x = x * 3 + 1;
        if (x > limit) goto Out;
    Even:
        hops++;
        x = x / 2;
        if ((x & 1) == 0) goto Even;
        if (x != 1) goto Odd;
    Out:
        return hops * 1000 + x;
    }

    static int Main()
    {
        if (TwoEntries(0, s_n) != 55) return 1;
        if (TwoEntries(1, s_n) != 65) return 2;
        if (TwoEntries(1, 0) != 10) return 3;
        if (TwoEntries(0, 0) != 11) return 4;
        if (Ping(s_n + 1, 1000) != 8001) return 5;
        if (Ping(s_n + 2, 1000) != 16001) return 6;
        if (Ping(s_n + 22, 100) != 3124) return 7;
        if (Ping(s_n + 3, 1000) != 3001) return 8;
        return 100;
    }
}
