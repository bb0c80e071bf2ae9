// Checks function pointers to void methods and methods with ref, out and in parameters: delegate*<void>, delegate*<ref int, void>, delegate*<int, out int, bool>, delegate*<in long, long>, and a function pointer returning a ref. Needs -unsafe.
static unsafe class Program
{
    static int s_count;
    static int s_v = 8;

    static void Tick() { s_count++; }
    static void Triple(ref int x) { x *= 3; }
    static bool TryHalf(int n, out int half) { half = n / 2; return (n & 1) == 0; }
    static long Twice(in long x) { return x * 2; }
    static ref int CountRef() { return ref s_count; }

    static int Main()
    {
        delegate*<void> tick = &Tick;
        for (int i = 0; i < s_v; i++) tick();
        if (s_count != 8) return 1;
        delegate*<ref int, void> triple = &Triple;
        int x = s_v;
        triple(ref x);
        triple(ref x);
        if (x != 72) return 2;
        int[] arr = { 1, 2 };
        triple(ref arr[1]);
        if (arr[1] != 6) return 3;
        delegate*<int, out int, bool> tryHalf = &TryHalf;
        if (!tryHalf(s_v, out int h) || h != 4) return 4;
        if (tryHalf(7, out h) || h != 3) return 5;
        delegate*<in long, long> twice = &Twice;
        long big = 1L << 40;
        if (twice(in big) != 1L << 41) return 6;
        delegate*<ref int> cref = &CountRef;
        cref() = 100;
        cref() += s_v;
        if (s_count != 108) return 7;
        return 100;
    }
}
