// Expects an unhandled System.OverflowException from checked uint subtraction below zero; returns 100 only if nothing is thrown.
static class Program
{
    static uint s_start = 3;
    static uint s_sink;

    static int Main()
    {
        uint x = s_start;
        int steps = 0;
        while (steps < 3)
        {
            x = checked(x - 1u);
            steps++;
        }
        if (x != 0u) return 1;
        x = checked(x - 1u);
        s_sink = x;
        return 100;
    }
}
