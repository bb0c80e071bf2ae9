// Checks in-place array algorithms on int[]: quicksort with recursion, heap sort, binary search, reversal, rotation by three reversals, and dedup of a sorted array, each verified against the others.
static class Program
{
    static uint s_seed = 7;

    static int Next() { s_seed = s_seed * 1103515245 + 12345; return (int)((s_seed >> 16) & 1023); }

    static void Swap(int[] a, int i, int j) { int t = a[i]; a[i] = a[j]; a[j] = t; }

    static void Quick(int[] a, int lo, int hi)
    {
        if (lo >= hi) return;
        int p = a[(lo + hi) / 2], i = lo, j = hi;
        while (i <= j)
        {
            while (a[i] < p) i++;
            while (a[j] > p) j--;
            if (i <= j) { Swap(a, i, j); i++; j--; }
        }
        Quick(a, lo, j);
        Quick(a, i, hi);
    }

    static void Sift(int[] a, int i, int n)
    {
        while (true)
        {
            int l = 2 * i + 1, big = i;
            if (l < n && a[l] > a[big]) big = l;
            if (l + 1 < n && a[l + 1] > a[big]) big = l + 1;
            if (big == i) return;
            Swap(a, i, big);
            i = big;
        }
    }

    static void HeapSort(int[] a)
    {
        for (int i = a.Length / 2 - 1; i >= 0; i--) Sift(a, i, a.Length);
        for (int end = a.Length - 1; end > 0; end--) { Swap(a, 0, end); Sift(a, 0, end); }
    }

    static int Search(int[] a, int v)
    {
        int lo = 0, hi = a.Length - 1;
        while (lo <= hi)
        {
            int mid = (lo + hi) >> 1;
            if (a[mid] == v) return mid;
            if (a[mid] < v) lo = mid + 1; else hi = mid - 1;
        }
        return -1;
    }

    static void Reverse(int[] a, int from, int to) { while (from < to) Swap(a, from++, to--); }

    static int Main()
    {
        int[] a = new int[500], b = new int[500];
        for (int i = 0; i < a.Length; i++) a[i] = b[i] = Next();
        Quick(a, 0, a.Length - 1);
        HeapSort(b);
        for (int i = 0; i < a.Length; i++) if (a[i] != b[i]) return 1;
        for (int i = 1; i < a.Length; i++) if (a[i - 1] > a[i]) return 2;
        int idx = Search(a, a[123]);
        if (idx < 0 || a[idx] != a[123]) return 3;
        if (Search(a, 5000) != -1 || Search(a, -1) != -1) return 4;
        int unique = 1;
        for (int i = 1; i < a.Length; i++) if (a[i] != a[unique - 1]) a[unique++] = a[i];
        for (int i = 1; i < unique; i++) if (a[i - 1] >= a[i]) return 5;
        int[] r = { 1, 2, 3, 4, 5, 6, 7 };
        Reverse(r, 0, 2);
        Reverse(r, 3, 6);
        Reverse(r, 0, 6);
        if (r[0] != 4 || r[6] != 3 || r[3] != 7) return 6;
        return 100;
    }
}
