// Checks assigning to parameters inside a callee (starg) works like a local and never changes the caller's variables.
static class Program
{
    static int s_v = 7;

    static int CountDown(int n)
    {
        int steps = 0;
        while (n > 0)
        {
            n -= 2;
            steps++;
        }
        return steps * 100 + n;
    }

    static long Mangle(long a, byte b, double c, bool d)
    {
        a = a * 2;
        b = (byte)(b + 250);
        c = c / 4;
        d = !d;
        return a + b + (long)c + (d ? 1000 : 0);
    }

    static int Swap(int a, int b)
    {
        int t = a;
        a = b;
        b = t;
        return a * 10 + b;
    }

    static int Main()
    {
        int v = s_v;
        if (CountDown(v) != 399) return 1;
        if (v != 7) return 2;
        byte b = (byte)(s_v * 2);
        if (Mangle(v, b, 9.0, false) != 14 + 8 + 2 + 1000) return 3;
        if (b != 14) return 4;
        if (Swap(v, 3) != 37) return 5;
        if (v != 7) return 6;
        return 100;
    }
}
