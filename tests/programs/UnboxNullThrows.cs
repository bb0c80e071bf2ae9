// Expects an unhandled System.NullReferenceException from unboxing a null object reference to int; returns 100 only if nothing is thrown.
static class Program
{
    static object[] s_values = { 1, 2, null, 4 };
    static int s_sink;

    static int Main()
    {
        if ((int)s_values[0] + (int)s_values[1] != 3) return 1;
        int? maybe = (int?)s_values[2];
        if (maybe.HasValue) return 2;
        int sum = 0;
        foreach (object o in s_values) sum += (int)o;
        s_sink = sum;
        return 100;
    }
}
