// Checks the Ackermann function for small arguments (heavy nested recursion where an argument is itself a recursive call).
static class Program
{
    static int s_m = 2;

    static int Ack(int m, int n)
    {
        if (m == 0) return n + 1;
        if (n == 0) return Ack(m - 1, 1);
        return Ack(m - 1, Ack(m, n - 1));
    }

    static int Main()
    {
        if (Ack(0, 0) != 1) return 1;
        if (Ack(1, s_m) != 4) return 2;
        if (Ack(s_m, 3) != 9) return 3;
        if (Ack(s_m + 1, 3) != 61) return 4;
        if (Ack(s_m + 1, 5) != 253) return 5;
        return 100;
    }
}
