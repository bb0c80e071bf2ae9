// Checks function pointers to generic static methods: &Method<int>, &Method<string> and &Method<long> instantiations, a generic method taking a delegate*<T, T, bool> comparer, and generic methods in a generic class. Needs -unsafe.
static class Ops<T>
{
    public static T Pick(bool first, T a, T b) { return first ? a : b; }
}

static unsafe class Program
{
    static int s_n = 5;

    static T Id<T>(T x) { return x; }
    static bool Less(int a, int b) { return a < b; }
    static bool Longer(string a, string b) { return a.Length > b.Length; }

    static T Best<T>(T[] items, delegate*<T, T, bool> better)
    {
        T best = items[0];
        for (int i = 1; i < items.Length; i++) if (better(items[i], best)) best = items[i];
        return best;
    }

    static int Main()
    {
        delegate*<int, int> idInt = &Id<int>;
        delegate*<string, string> idStr = &Id<string>;
        delegate*<long, long> idLong = &Id<long>;
        if (idInt(s_n) != 5 || idStr("s") != "s" || idLong(1L << 40) != 1L << 40) return 1;
        int[] nums = { 4, -2, 9, s_n };
        if (Best(nums, &Less) != -2) return 2;
        string[] words = { "aa", "bbbb", "c", "ddd" };
        if (Best(words, &Longer) != "bbbb") return 3;
        delegate*<bool, int, int, int> pickInt = &Ops<int>.Pick;
        delegate*<bool, string, string, string> pickStr = &Ops<string>.Pick;
        if (pickInt(true, 1, 2) != 1 || pickInt(s_n > 9, 1, 2) != 2) return 4;
        if (pickStr(false, "x", "y") != "y") return 5;
        delegate*<double, double> idDouble = &Id<double>;
        if (idDouble(2.5) != 2.5) return 6;
        return 100;
    }
}
