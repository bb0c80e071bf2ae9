// Checks hand-written span algorithms: prefix sums with range queries, a two-pointer pair search and in-place de-duplication over a sorted span, partitioning evens before odds with two pointers, a lower and upper bound binary search counting occurrences, and a maximum-sum sliding window.
using System;

static class Program
{
    static int[] s_data = { 1, 2, 2, 2, 3, 5, 5, 8, 13, 13, 13, 13, 21 };
    static int s_target = 26;

    static void PrefixSums(ReadOnlySpan<int> src, Span<long> dst)
    {
        dst[0] = 0;
        for (int i = 0; i < src.Length; i++) dst[i + 1] = dst[i] + src[i];
    }

    static bool PairWithSum(ReadOnlySpan<int> s, int target, out int i, out int j)
    {
        i = 0; j = s.Length - 1;
        while (i < j)
        {
            int sum = s[i] + s[j];
            if (sum == target) return true;
            if (sum < target) i++; else j--;
        }
        return false;
    }

    static int Dedupe(Span<int> s)
    {
        if (s.IsEmpty) return 0;
        int w = 1;
        for (int r = 1; r < s.Length; r++)
            if (s[r] != s[w - 1]) s[w++] = s[r];
        return w;
    }

    static int PartitionEven(Span<int> s)
    {
        int lo = 0, hi = s.Length - 1;
        while (lo <= hi)
        {
            if ((s[lo] & 1) == 0) lo++;
            else { int t = s[lo]; s[lo] = s[hi]; s[hi] = t; hi--; }
        }
        return lo;
    }

    static int LowerBound(ReadOnlySpan<int> s, int v)
    {
        int lo = 0, hi = s.Length;
        while (lo < hi) { int mid = (lo + hi) >> 1; if (s[mid] < v) lo = mid + 1; else hi = mid; }
        return lo;
    }

    static int UpperBound(ReadOnlySpan<int> s, int v)
    {
        int lo = 0, hi = s.Length;
        while (lo < hi) { int mid = (lo + hi) >> 1; if (s[mid] <= v) lo = mid + 1; else hi = mid; }
        return lo;
    }

    static int MaxWindow(ReadOnlySpan<int> s, int w)
    {
        int sum = 0;
        for (int i = 0; i < w; i++) sum += s[i];
        int best = sum;
        for (int i = w; i < s.Length; i++) { sum += s[i] - s[i - w]; if (sum > best) best = sum; }
        return best;
    }

    static int Main()
    {
        int[] data = s_data;
        Span<long> pre = stackalloc long[data.Length + 1];
        PrefixSums(data, pre);
        if (pre[data.Length] != 101) return 1;
        if (pre[8] - pre[4] != 3 + 5 + 5 + 8) return 2;

        if (!PairWithSum(data, s_target, out int i, out int j) || data[i] + data[j] != 26 || i != 5 || j != 12) return 3;
        if (PairWithSum(data, 100, out _, out _)) return 4;

        int[] copy = new int[data.Length];
        data.AsSpan().CopyTo(copy);
        int n = Dedupe(copy);
        if (n != 7 || copy[0] != 1 || copy[3] != 5 || copy[6] != 21) return 5;

        if (LowerBound(data, 13) != 8 || UpperBound(data, 13) != 12) return 6;
        if (UpperBound(data, 2) - LowerBound(data, 2) != 3) return 7;
        if (LowerBound(data, 4) != UpperBound(data, 4) || LowerBound(data, 100) != data.Length) return 8;

        int[] mixed = { 7, 2, 9, 4, 6, 1, 8, 3 };
        int evens = PartitionEven(mixed);
        if (evens != 4) return 9;
        for (int k = 0; k < mixed.Length; k++)
            if (((mixed[k] & 1) == 0) != (k < evens)) return 10;

        if (MaxWindow(data, 3) != 47) return 11;
        if (MaxWindow(data.AsSpan(0, 6), 2) != 8) return 12;
        return 100;
    }
}
