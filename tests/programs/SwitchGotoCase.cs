// Checks goto case / goto default inside a switch, forming jumps between case blocks and a loop through the cases.
static class Program
{
    static int s_start = 0;

    static int Run(int state)
    {
        int trace = 0;
        switch (state)
        {
            case 0:
                trace = trace * 10 + 1;
                goto case 2;
            case 1:
                trace = trace * 10 + 2;
                goto default;
            case 2:
                trace = trace * 10 + 3;
                goto case 1;
            case 3:
                trace = trace * 10 + 4;
                break;
            default:
                trace = trace * 10 + 5;
                break;
        }
        return trace;
    }

    static int Collatz(int n)
    {
        int steps = 0;
        switch (n & 1)
        {
            case 0:
                if (n == 1) break;
                n /= 2;
                steps++;
                if (n == 1) break;
                if ((n & 1) == 0) goto case 0;
                goto case 1;
            case 1:
                if (n == 1) break;
                n = 3 * n + 1;
                steps++;
                goto case 0;
        }
        return steps;
    }

    static int Main()
    {
        if (Run(s_start) != 1325) return 1;
        if (Run(s_start + 1) != 25) return 2;
        if (Run(s_start + 2) != 325) return 3;
        if (Run(s_start + 3) != 4) return 4;
        if (Run(s_start + 9) != 5) return 5;
        if (Collatz(27 + s_start) != 111) return 6;
        if (Collatz(1 + s_start) != 0) return 7;
        if (Collatz(6 + s_start) != 8) return 8;
        return 100;
    }
}
