// Checks a hand-written quick sort over Span<T> slices (Lomuto partition, recursion on the two slices, insertion sort below a cutoff) for ints with duplicates, already sorted and reversed input, longs across the 32-bit boundary, and structs ordered by a Func comparer.
using System;

struct Item { public int Key; public int Tag; }

static class Program
{
    static int s_seed = 12345;

    static int NextRand(ref int state) { state = state * 1103515245 + 12345; return (state >> 16) & 0x7FFF; }

    static void Swap<T>(ref T a, ref T b) { T t = a; a = b; b = t; }

    static void QuickSort(Span<int> s)
    {
        while (s.Length > 1)
        {
            if (s.Length < 8) { Insertion(s); return; }
            int mid = s.Length / 2;
            Swap(ref s[mid], ref s[s.Length - 1]);
            int pivot = s[s.Length - 1];
            int store = 0;
            for (int i = 0; i < s.Length - 1; i++)
                if (s[i] < pivot) Swap(ref s[i], ref s[store++]);
            Swap(ref s[store], ref s[s.Length - 1]);
            // Recurse into the smaller part, loop on the larger.
            if (store < s.Length - store - 1) { QuickSort(s.Slice(0, store)); s = s.Slice(store + 1); }
            else { QuickSort(s.Slice(store + 1)); s = s.Slice(0, store); }
        }
    }

    static void Insertion(Span<int> s)
    {
        for (int i = 1; i < s.Length; i++)
        {
            int v = s[i];
            int j = i - 1;
            while (j >= 0 && s[j] > v) { s[j + 1] = s[j]; j--; }
            s[j + 1] = v;
        }
    }

    static void QuickSortBy<T>(Span<T> s, Func<T, T, int> cmp)
    {
        if (s.Length <= 1) return;
        T pivot = s[s.Length - 1];
        int store = 0;
        for (int i = 0; i < s.Length - 1; i++)
            if (cmp(s[i], pivot) < 0) Swap(ref s[i], ref s[store++]);
        Swap(ref s[store], ref s[s.Length - 1]);
        QuickSortBy(s.Slice(0, store), cmp);
        QuickSortBy(s.Slice(store + 1), cmp);
    }

    static bool Sorted(ReadOnlySpan<int> s) { for (int i = 1; i < s.Length; i++) if (s[i - 1] > s[i]) return false; return true; }

    static int Main()
    {
        int state = s_seed;
        int[] a = new int[200];
        long checksum = 0;
        for (int i = 0; i < a.Length; i++) { a[i] = NextRand(ref state) % 50; checksum += a[i]; }
        QuickSort(a);
        if (!Sorted(a)) return 1;
        long after = 0;
        for (int i = 0; i < a.Length; i++) after += a[i];
        if (after != checksum) return 2;

        int[] sorted = new int[64];
        for (int i = 0; i < sorted.Length; i++) sorted[i] = i * 3;
        QuickSort(sorted);
        if (!Sorted(sorted) || sorted[63] != 189) return 3;
        for (int i = 0; i < sorted.Length; i++) sorted[i] = -i;
        QuickSort(sorted);
        if (sorted[0] != -63 || sorted[63] != 0 || !Sorted(sorted)) return 4;

        // Sorting only the middle of an array leaves the ends alone.
        int[] part = { 9, 8, 7, 6, 5, 4, 3, 2, 1, 0 };
        QuickSort(part.AsSpan(2, 6));
        if (part[0] != 9 || part[1] != 8 || part[2] != 2 || part[7] != 7 || part[8] != 1) return 5;

        long[] longs = { 1L << 40, -5, 1L << 32, 3, -(1L << 35), 0 };
        QuickSortBy<long>(longs, (x, y) => x < y ? -1 : x > y ? 1 : 0);
        if (longs[0] != -(1L << 35) || longs[1] != -5 || longs[3] != 3 || longs[4] != 1L << 32 || longs[5] != 1L << 40) return 6;

        Item[] items = new Item[30];
        for (int i = 0; i < items.Length; i++) items[i] = new Item { Key = NextRand(ref state) % 10, Tag = i };
        QuickSortBy<Item>(items, (x, y) => x.Key != y.Key ? x.Key - y.Key : x.Tag - y.Tag);
        for (int i = 1; i < items.Length; i++)
        {
            if (items[i - 1].Key > items[i].Key) return 7;
            if (items[i - 1].Key == items[i].Key && items[i - 1].Tag > items[i].Tag) return 8;
        }
        // Descending order via a reversed comparer.
        QuickSortBy<Item>(items.AsSpan(), (x, y) => y.Tag - x.Tag);
        if (items[0].Tag != 29 || items[29].Tag != 0) return 9;
        return 100;
    }
}
