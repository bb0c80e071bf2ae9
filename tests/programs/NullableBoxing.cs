// Checks the boxing rules of Nullable<T>: boxing an empty nullable gives null, boxing a value gives a boxed T (not a boxed Nullable), a boxed T unboxes to T?, null unboxes to an empty T?, and is-tests on boxed nullables.
struct Pair { public int A, B; }

static class Program
{
    static int s_v = 8;

    static object Box<T>(T v) { return v; }

    static int Main()
    {
        int? empty = null;
        int? full = s_v;
        object be = empty;
        object bf = full;
        if (be != null) return 1;
        if (bf == null || bf.GetType() != typeof(int)) return 2;
        if (!(bf is int) || !(bf is int?) || bf is long) return 3;
        int? back = (int?)bf;
        int? backNull = (int?)be;
        if (back != 8 || backNull.HasValue) return 4;
        object plain = s_v * 2;
        int? fromPlain = (int?)plain;
        if (fromPlain != 16) return 5;
        if (Box(empty) != null || Box(full).GetType() != typeof(int)) return 6;
        Pair? pp = new Pair { A = 1, B = 2 };
        object bp = pp;
        if (bp.GetType() != typeof(Pair) || ((Pair)bp).B != 2) return 7;
        Pair? none = null;
        object bnone = none;
        if (bnone != null || bnone is Pair) return 8;
        object asObj = full;
        if (asObj is int i && i == 8) { } else return 9;
        return 100;
    }
}
