// Checks function pointer comparisons: &A == &A taken at two sites, &A != &B, equality after storing in fields and arrays and passing through calls, generic instantiations (&G<int> versus &G<long>), comparisons against null, and a table lookup by pointer identity. Needs -unsafe.
#pragma warning disable CS8909 // comparing function pointers is what this program checks
static unsafe class Program
{
    static int s_x = 4;
    static delegate*<int, int> s_field;

    static int A(int x) => x + 1;
    static int B(int x) => x + 2;
    static T G<T>(T x) => x;

    static delegate*<int, int> PassThrough(delegate*<int, int> p) => p;
    static bool Eq(delegate*<int, int> p, delegate*<int, int> q) => p == q;

    static int IndexOf(delegate*<int, int>[] table, delegate*<int, int> p)
    {
        for (int i = 0; i < table.Length; i++) if (table[i] == p) return i;
        return -1;
    }

    static int Main()
    {
        delegate*<int, int> a1 = &A;
        delegate*<int, int> a2 = &A;
        delegate*<int, int> b = &B;
        if (!(a1 == a2)) return 1;
        if (a1 == b || !(a1 != b)) return 2;
        s_field = s_x > 0 ? &A : &B;
        if (!Eq(s_field, a1) || Eq(s_field, b)) return 3;
        if (PassThrough(b) != b || PassThrough(a1) != a2) return 4;

        delegate*<int, int> g1 = &G<int>;
        delegate*<int, int> g2 = &G<int>;
        if (g1 != g2 || g1(s_x) != 4) return 5;
        delegate*<long, long> gl = &G<long>;
        if ((void*)gl == (void*)g1) return 6;

        delegate*<int, int> none = null;
        if (none != null || a1 == null) return 7;

        var table = new delegate*<int, int>[] { &B, &G<int>, &A };
        if (IndexOf(table, a1) != 2 || IndexOf(table, g2) != 1 || IndexOf(table, b) != 0 || IndexOf(table, null) != -1) return 8;
        // Calling what was found gives the expected method.
        if (table[IndexOf(table, a2)](s_x) != 5) return 9;
        return 100;
    }
}
