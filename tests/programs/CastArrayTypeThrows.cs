// Expects an unhandled System.InvalidCastException from casting an object[] to string[] (arrays are covariant only from the more derived element type); returns 100 only if nothing is thrown.
static class Program
{
    static int s_n = 2;
    static int s_sink;

    static int Main()
    {
        object a = new string[s_n];
        string[] ok = (string[])a;
        object[] up = (object[])a;
        if (ok.Length != 2 || up.Length != 2) return 1;
        object b = new object[s_n];
        string[] bad = (string[])b;
        s_sink = bad.Length;
        return 100;
    }
}
