// Expects an unhandled System.InvalidCastException from unboxing a boxed int as long (unboxing needs the exact type; it does not convert); returns 100 only if nothing is thrown.
static class Program
{
    static int s_value = 7;
    static long s_sink;

    static int Main()
    {
        object boxed = s_value;
        if ((int)boxed != 7) return 1;
        long widened = (int)boxed;
        if (widened != 7) return 2;
        s_sink = (long)boxed;
        return 100;
    }
}
