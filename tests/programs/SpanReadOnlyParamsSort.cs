// Checks spans as parameters of recursive algorithms: merge sort over Span<int> slices with a stackalloc'd or array scratch buffer, binary search over a ReadOnlySpan<int>, and arrays converting implicitly to span parameters.
using System;

static class Program
{
    static int[] s_data = { 38, 27, 43, 3, 9, 82, 10, 3, -5, 64, 0, 27, 11 };

    static void MergeSort(Span<int> a, Span<int> scratch)
    {
        if (a.Length < 2) return;
        int mid = a.Length / 2;
        MergeSort(a.Slice(0, mid), scratch.Slice(0, mid));
        MergeSort(a.Slice(mid), scratch.Slice(mid));
        int i = 0, j = mid, k = 0;
        while (i < mid && j < a.Length) scratch[k++] = a[i] <= a[j] ? a[i++] : a[j++];
        while (i < mid) scratch[k++] = a[i++];
        while (j < a.Length) scratch[k++] = a[j++];
        scratch.Slice(0, a.Length).CopyTo(a);
    }

    static int Search(ReadOnlySpan<int> sorted, int v)
    {
        int lo = 0, hi = sorted.Length - 1;
        while (lo <= hi)
        {
            int mid = (lo + hi) >> 1;
            if (sorted[mid] == v) return mid;
            if (sorted[mid] < v) lo = mid + 1; else hi = mid - 1;
        }
        return -1 - lo;
    }

    static bool IsSorted(ReadOnlySpan<int> s) { for (int i = 1; i < s.Length; i++) if (s[i - 1] > s[i]) return false; return true; }

    static int Main()
    {
        int[] a = s_data;
        if (IsSorted(a)) return 1;
        Span<int> scratch = stackalloc int[a.Length];
        MergeSort(a, scratch);
        if (!IsSorted(a) || a[0] != -5 || a[12] != 82) return 2;
        if (a[3] != 3 || a[4] != 9) return 3;
        if (Search(a, 43) != 10 || Search(a, -5) != 0) return 4;
        if (Search(a, 4) != -1 - 4) return 5;
        int[] big = new int[200];
        for (int i = 0; i < big.Length; i++) big[i] = (i * 73) % 199;
        MergeSort(big, new int[big.Length]);
        if (!IsSorted(big) || big[199] != 198 || big[0] != 0 || big[1] != 0) return 6;
        if (Search(new ReadOnlySpan<int>(big, 100, 100), big[150]) < 0) return 7;
        Span<int> part = new Span<int>(s_data, 5, 4);
        part.Reverse();
        if (IsSorted(part) || IsSorted(s_data)) return 8;
        MergeSort(part, new int[4]);
        if (!IsSorted(s_data)) return 9;
        return 100;
    }
}
