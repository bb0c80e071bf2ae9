// Checks default(T) for many instantiations (primitives, enums, structs with references, classes, arrays, nullables), a generic Reset over arrays, and boxed default values compared with null.
enum Mode { On = 1 }
struct Rec { public int A; public string S; }

static class Program
{
    static int s_n = 4;

    static T Def<T>() { return default(T); }
    static bool BoxedIsNull<T>() { return (object)default(T) == null; }

    static void Reset<T>(T[] a)
    {
        for (int i = 0; i < a.Length; i++) a[i] = default(T);
    }

    static int Main()
    {
        if (Def<int>() != 0 || Def<long>() != 0 || Def<double>() != 0.0 || Def<bool>() || Def<char>() != '\0') return 1;
        if (Def<byte>() != 0 || Def<sbyte>() != 0 || Def<ulong>() != 0 || Def<float>() != 0f) return 2;
        if ((int)Def<Mode>() != 0) return 3;
        Rec r = Def<Rec>();
        if (r.A != 0 || r.S != null) return 4;
        if (Def<string>() != null || Def<object>() != null || Def<int[]>() != null || Def<Rec[]>() != null) return 5;
        if (Def<int?>().HasValue || Def<Rec?>().HasValue) return 6;
        if (BoxedIsNull<int>() || BoxedIsNull<Rec>() || BoxedIsNull<Mode>()) return 7;
        if (!BoxedIsNull<string>() || !BoxedIsNull<int?>() || !BoxedIsNull<object>()) return 8;
        int[] ints = { 1, 2, 3, 4 };
        string[] strs = new string[s_n];
        for (int i = 0; i < s_n; i++) strs[i] = "x";
        Rec[] recs = new Rec[2];
        recs[1].A = 5;
        recs[1].S = "s";
        Reset(ints);
        Reset(strs);
        Reset(recs);
        if (ints[3] != 0 || strs[2] != null || recs[1].A != 0 || recs[1].S != null) return 9;
        return 100;
    }
}
