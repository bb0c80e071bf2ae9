// Checks taking the address of a method's own arguments (ldarga) by passing them as ref/out, and that the caller's value is unchanged.
static class Program
{
    static int s_x = 10;
    static double s_d = 1.5;

    static void Triple(ref int v)
    {
        v *= 3;
    }

    static void Half(ref double v)
    {
        v /= 2;
    }

    static void SetTo(out long v, long value)
    {
        v = value;
    }

    static int UseArgAddress(int x)
    {
        Triple(ref x);
        Triple(ref x);
        return x;
    }

    static double UseDoubleArg(double d, int times)
    {
        for (int i = 0; i < times; i++)
            Half(ref d);
        return d;
    }

    static long OverwriteArg(long a, long b)
    {
        SetTo(out a, a + b);
        SetTo(out b, a * 2);
        return a + b;
    }

    static int Main()
    {
        int x = s_x;
        if (UseArgAddress(x) != 90) return 1;
        if (x != 10) return 2;
        if (UseDoubleArg(s_d, 3) != 0.1875) return 3;
        if (s_d != 1.5) return 4;
        if (OverwriteArg(s_x, 5) != 45L) return 5;
        return 100;
    }
}
