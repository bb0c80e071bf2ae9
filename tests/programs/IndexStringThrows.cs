// Expects an unhandled System.IndexOutOfRangeException from reading a string's character at index Length; returns 100 only if nothing is thrown.
static class Program
{
    static string s_text = "abc";
    static char s_sink;

    static int Main()
    {
        if (s_text[2] != 'c') return 1;
        s_sink = s_text[s_text.Length];
        return 100;
    }
}
