// Checks stackalloc into a pointer: int* and long* buffers sized at run time in a helper called in a loop (zero-initialized each call), a histogram in a stackalloc'd counter table, and a stackalloc'd struct buffer accessed with ->. Needs -unsafe.
struct Acc { public int Count; public long Sum; }

static unsafe class Program
{
    static int s_n = 12;
    static string s_text = "abracadabra";

    static long Triangle(int n)
    {
        long* t = stackalloc long[n + 1];
        for (int i = 0; i <= n; i++) if (t[i] != 0) return -1;
        for (int i = 1; i <= n; i++) t[i] = t[i - 1] + i;
        return t[n];
    }

    static int Main()
    {
        long total = 0;
        for (int n = 1; n <= s_n; n++) total += Triangle(n);
        if (total != 364) return 1;
        if (Triangle(0) != 0 || Triangle(1000) != 500500) return 2;
        int* hist = stackalloc int[26];
        for (int i = 0; i < s_text.Length; i++) hist[s_text[i] - 'a']++;
        if (hist[0] != 5 || hist[1] != 2 || hist[17] != 2 || hist[25] != 0) return 3;
        Acc* accs = stackalloc Acc[3];
        for (int i = 0; i < s_n; i++)
        {
            Acc* a = accs + i % 3;
            a->Count++;
            a->Sum += (long)i << 32;
        }
        if (accs[0].Count != 4 || accs[2].Sum != (2L + 5 + 8 + 11) << 32) return 4;
        if ((accs + 1)->Sum != (1L + 4 + 7 + 10) << 32) return 5;
        int* big = stackalloc int[s_n * 100];
        for (int i = 0; i < s_n * 100; i++) big[i] = i;
        if (big[1199] != 1199) return 6;
        return 100;
    }
}
