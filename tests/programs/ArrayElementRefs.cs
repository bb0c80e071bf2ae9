// Checks references to array elements: ref locals into int and struct arrays, passing elements by ref and out, ref returns of elements, and ref access to elements of a string[] through its exact type.
struct Pair { public int A, B; }

static class Program
{
    static int s_i = 2;

    static void Inc(ref int x) { x++; }
    static void Set(out long x, long v) { x = v; }
    static ref Pair Elem(Pair[] ps, int i) { return ref ps[i]; }
    static void Replace(ref string s) { s = s + "!"; }

    static int Main()
    {
        int[] a = new int[5];
        ref int r = ref a[s_i];
        r = 7;
        r += 3;
        if (a[2] != 10) return 1;
        Inc(ref a[s_i]);
        Inc(ref a[0]);
        if (a[2] != 11 || a[0] != 1) return 2;
        long[] l = new long[3];
        Set(out l[1], 1L << 40);
        if (l[1] != 1L << 40 || l[0] != 0) return 3;
        Pair[] ps = new Pair[3];
        Elem(ps, 1).A = 5;
        ref Pair p = ref Elem(ps, 1);
        p.B = 6;
        if (ps[1].A != 5 || ps[1].B != 6) return 4;
        ref int inner = ref ps[2].B;
        inner = -1;
        if (ps[2].B != -1) return 5;
        string[] strs = { "a", "b" };
        Replace(ref strs[1]);
        if (strs[1] != "b!") return 6;
        int total = 0;
        for (int i = 0; i < a.Length; i++) { ref int e = ref a[i]; e *= 2; total += e; }
        if (total != 24) return 7;
        return 100;
    }
}
