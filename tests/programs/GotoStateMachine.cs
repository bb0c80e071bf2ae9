// Checks a goto-based state machine (forward and backward jumps between labels) that parses the decimal digits of a number.
static class Program
{
    static long s_input = 12003400500L;

    static int Scan(long value, out int zeroRuns, out int longestRun)
    {
        int digits = 0;
        int run = 0;
        zeroRuns = 0;
        longestRun = 0;
        if (value == 0) goto Zero;
    NextDigit:
        if (value == 0) goto End;
        long d = value % 10;
        value /= 10;
        digits++;
        if (d == 0) goto InZero;
        if (run > 0) goto CloseRun;
        goto NextDigit;
    InZero:
        if (run == 0) zeroRuns++;
        run++;
        goto NextDigit;
    CloseRun:
        if (run > longestRun) longestRun = run;
        run = 0;
        goto NextDigit;
    Zero:
        zeroRuns = 1;
        longestRun = 1;
        return 1;
    End:
        if (run > longestRun) longestRun = run;
        return digits;
    }

    static int Main()
    {
        int runs, longest;
        if (Scan(s_input, out runs, out longest) != 11) return 1;
        if (runs != 3 || longest != 2) return 2;
        if (Scan(s_input - s_input, out runs, out longest) != 1 || runs != 1 || longest != 1) return 3;
        if (Scan(s_input / 100, out runs, out longest) != 9 || runs != 2 || longest != 2) return 4;
        if (Scan(1000000000000000000L + s_input - s_input, out runs, out longest) != 19 || runs != 1 || longest != 18) return 5;
        return 100;
    }
}
