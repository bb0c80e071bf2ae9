// Expects an unhandled System.NullReferenceException from invoking a null Func<int, int> taken from a delegate array; returns 100 only if nothing is thrown.
static class Program
{
    static int s_n = 3;
    static int s_sink;

    static int Main()
    {
        System.Func<int, int>[] table = new System.Func<int, int>[s_n];
        for (int i = 0; i < s_n - 1; i++) { int k = i; table[i] = x => x + k; }
        int total = 0;
        for (int i = 0; i < s_n - 1; i++) total += table[i](10);
        if (total != 21) return 1;
        for (int i = 0; i < s_n; i++) s_sink += table[i](1);
        return 100;
    }
}
