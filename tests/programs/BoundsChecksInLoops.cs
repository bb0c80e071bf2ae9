// Loops whose conditions bound the index (the compiler drops those checks) and loops whose conditions do not:
// a shorter array swapped in mid-loop, an index compared with another array's length, and finally an
// off-by-one `<=` that must still throw IndexOutOfRangeException.
class Program
{
    static int SumCounting(int[] a)
    {
        int sum = 0;
        for (int i = 0; i < a.Length; i++)
            sum += a[i];
        return sum;
    }

    static int SwapMidLoop(int[] a, int[] shorter)
    {
        int sum = 0;
        for (int i = 0; i < a.Length; i++)
        {
            if (i == 1)
                a = shorter;
            if (i < a.Length)
                sum += a[i];
        }
        return sum;
    }

    static int OtherLength(int[] a, int[] b)
    {
        int sum = 0;
        for (int i = 0; i < a.Length; i++)
            sum += i < b.Length ? b[i] : 0;
        return sum;
    }

    static int OffByOne(int[] a)
    {
        int sum = 0;
        for (int i = 0; i <= a.Length; i++)
            sum += a[i];
        return sum;
    }

    static int Main()
    {
        int[] a = { 1, 2, 3, 4 };
        int[] b = { 10, 20 };
        if (SumCounting(a) != 10) return 1;
        if (SwapMidLoop(a, b) != 21) return 2;
        if (OtherLength(a, b) != 30) return 3;
        return OffByOne(a);
    }
}
