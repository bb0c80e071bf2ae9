// Checks generic sorting code: a merge sort and an insertion sort parameterized by an own IComparer-like interface, used on ints (ascending, descending), strings (by an ordinal comparison written by hand) and structs (by two keys, stable).
interface IOrder<T> { int Compare(T a, T b); }

class Ascending : IOrder<int> { public int Compare(int a, int b) { return a < b ? -1 : a > b ? 1 : 0; } }
class Descending : IOrder<int> { public int Compare(int a, int b) { return b < a ? -1 : b > a ? 1 : 0; } }

class Ordinal : IOrder<string>
{
    public int Compare(string a, string b)
    {
        int n = a.Length < b.Length ? a.Length : b.Length;
        for (int i = 0; i < n; i++) if (a[i] != b[i]) return a[i] - b[i];
        return a.Length - b.Length;
    }
}

struct Emp { public int Dept; public int Seq; }
class ByDept : IOrder<Emp> { public int Compare(Emp a, Emp b) { return a.Dept - b.Dept; } }

static class Sorter<T>
{
    public static void Merge(T[] a, IOrder<T> cmp)
    {
        T[] tmp = new T[a.Length];
        Split(a, tmp, 0, a.Length, cmp);
    }

    static void Split(T[] a, T[] tmp, int lo, int hi, IOrder<T> cmp)
    {
        if (hi - lo < 2) return;
        int mid = (lo + hi) / 2;
        Split(a, tmp, lo, mid, cmp);
        Split(a, tmp, mid, hi, cmp);
        int i = lo, j = mid, k = lo;
        while (i < mid && j < hi) tmp[k++] = cmp.Compare(a[j], a[i]) < 0 ? a[j++] : a[i++];
        while (i < mid) tmp[k++] = a[i++];
        while (j < hi) tmp[k++] = a[j++];
        for (k = lo; k < hi; k++) a[k] = tmp[k];
    }

    public static void Insertion(T[] a, IOrder<T> cmp)
    {
        for (int i = 1; i < a.Length; i++)
        {
            T x = a[i];
            int j = i - 1;
            while (j >= 0 && cmp.Compare(a[j], x) > 0) { a[j + 1] = a[j]; j--; }
            a[j + 1] = x;
        }
    }

    public static bool IsSorted(T[] a, IOrder<T> cmp)
    {
        for (int i = 1; i < a.Length; i++) if (cmp.Compare(a[i - 1], a[i]) > 0) return false;
        return true;
    }
}

static class Program
{
    static uint s_seed = 99;

    static int Next() { s_seed = s_seed * 1664525 + 1013904223; return (int)(s_seed >> 20); }

    static int Main()
    {
        int[] a = new int[300];
        long sum = 0;
        for (int i = 0; i < a.Length; i++) { a[i] = Next() - 2048; sum += a[i]; }
        int[] b = new int[a.Length];
        for (int i = 0; i < a.Length; i++) b[i] = a[i];
        Sorter<int>.Merge(a, new Ascending());
        Sorter<int>.Insertion(b, new Descending());
        if (!Sorter<int>.IsSorted(a, new Ascending()) || !Sorter<int>.IsSorted(b, new Descending())) return 1;
        long check = 0;
        for (int i = 0; i < a.Length; i++) { check += a[i]; if (a[i] != b[a.Length - 1 - i]) return 2; }
        if (check != sum) return 3;
        string[] words = { "pear", "apple", "fig", "apples", "Banana", "app", "" };
        Sorter<string>.Merge(words, new Ordinal());
        string joined = "";
        foreach (string w in words) joined = joined + w + ",";
        if (joined != ",Banana,app,apple,apples,fig,pear,") return 4;
        Emp[] emps = new Emp[40];
        for (int i = 0; i < emps.Length; i++) emps[i] = new Emp { Dept = (i * 7) % 5, Seq = i };
        Sorter<Emp>.Merge(emps, new ByDept());
        for (int i = 1; i < emps.Length; i++)
        {
            if (emps[i - 1].Dept > emps[i].Dept) return 5;
            if (emps[i - 1].Dept == emps[i].Dept && emps[i - 1].Seq > emps[i].Seq) return 6;
        }
        if (emps[0].Seq != 0 || emps[39].Dept != 4) return 7;
        return 100;
    }
}
