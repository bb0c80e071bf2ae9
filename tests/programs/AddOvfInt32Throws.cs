// Expects an unhandled System.OverflowException from checked int.MaxValue + 1 (the 1 comes from a static field); returns 100 only if nothing is thrown.
static class Program
{
    static int s_one = 1;
    static int s_sink;

    static int Main()
    {
        int sum = 0;
        for (int i = 0; i < 10; i++)
            sum = checked(sum + i);
        if (sum != 45) return 1;
        int r = checked(int.MaxValue + s_one);
        s_sink = r;
        return 100;
    }
}
