// Checks arrays of function pointers used as a dispatch table: a tiny stack machine whose opcodes index a delegate*<int, int, int>[] table, table entries replaced at run time, and a static field holding a pointer. Needs -unsafe.
static unsafe class Program
{
    static int s_seed = 7;
    static delegate*<int, int, int> s_fallback;

    static int Add(int a, int b) { return a + b; }
    static int Sub(int a, int b) { return a - b; }
    static int Mul(int a, int b) { return a * b; }
    static int Max(int a, int b) { return a > b ? a : b; }
    static int Mod(int a, int b) { return a % b; }

    static int Run(delegate*<int, int, int>[] table, int[] code, int start)
    {
        int acc = start;
        for (int i = 0; i < code.Length; i += 2) acc = table[code[i]](acc, code[i + 1]);
        return acc;
    }

    static int Main()
    {
        delegate*<int, int, int>[] table = new delegate*<int, int, int>[4];
        table[0] = &Add;
        table[1] = &Sub;
        table[2] = &Mul;
        table[3] = &Max;
        int[] code = { 0, 5, 2, 3, 1, 4, 3, 100 };
        if (Run(table, code, s_seed) != 100) return 1;
        code[7] = 0;
        if (Run(table, code, s_seed) != 32) return 2;
        table[3] = &Mod;
        if (Run(table, new int[] { 2, 10, 3, 7 }, s_seed) != 0) return 3;
        int r = 0;
        for (int op = 0; op < table.Length; op++) r = r * 100 + table[op](s_seed + 10, s_seed);
        if (r != 24111903) return 4;
        s_fallback = &Sub;
        if (s_fallback(s_seed, 10) != -3) return 5;
        delegate*<int, int, int>* local = stackalloc delegate*<int, int, int>[2];
        local[0] = &Mul;
        local[1] = s_fallback;
        if (local[0](3, 4) + local[1](3, 4) != 11) return 6;
        return 100;
    }
}
