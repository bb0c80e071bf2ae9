// Checks lambdas capturing locals: writes through the closure are seen by the method and the other way round, two lambdas share one captured variable, a for-loop variable is shared while a variable declared in the loop body is fresh per iteration.
static class Program
{
    static int s_n = 5;

    static int Main()
    {
        int count = 0;
        System.Action inc = () => count++;
        System.Func<int> read = () => count;
        inc(); inc(); inc();
        if (count != 3 || read() != 3) return 1;
        count = 40;
        if (read() != 40) return 2;
        inc();
        if (count != 41) return 3;
        System.Func<int>[] perIteration = new System.Func<int>[s_n];
        for (int i = 0; i < s_n; i++)
        {
            int copy = i * i;
            perIteration[i] = () => copy;
        }
        int r = 0;
        for (int i = 0; i < s_n; i++) r = r * 100 + perIteration[i]();
        if (r != 1040916) return 4;
        System.Func<int>[] shared = new System.Func<int>[s_n];
        int j;
        for (j = 0; j < s_n; j++) shared[j] = () => j;
        if (shared[0]() != 5 || shared[4]() != 5) return 5;
        long big = 1L << 40;
        string text = "ab";
        System.Func<long> mix = () => big + text.Length;
        text = "abcd";
        if (mix() != (1L << 40) + 4) return 6;
        int[] arr = { 1, 2, 3 };
        System.Action doubleAll = () => { for (int k = 0; k < arr.Length; k++) arr[k] *= 2; };
        doubleAll();
        arr = new int[] { 10 };
        doubleAll();
        if (arr[0] != 20) return 7;
        int outer = s_n;
        System.Func<int, int> addOuter = x => x + outer;
        outer = 100;
        if (addOuter(1) != 101) return 8;
        return 100;
    }
}
