// Expects an unhandled System.NullReferenceException from reading Length of a null string; returns 100 only if nothing is thrown.
static class Program
{
    static string[] s_words = { "alpha", "beta", null };
    static int s_sink;

    static int Main()
    {
        if (s_words[0].Length + s_words[1].Length != 9) return 1;
        int total = 0;
        foreach (string w in s_words) total += w.Length;
        s_sink = total;
        return 100;
    }
}
