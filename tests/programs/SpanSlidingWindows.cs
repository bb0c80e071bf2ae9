// Checks spans of spans via sliding windows: every window of width w sliced from a span, windows compared with SequenceEqual to find repeats, the window with the largest sum, slicing a slice of a slice (offsets add up), writes through a nested slice reaching the array, and windows over a string's chars.
using System;

static class Program
{
    static int[] s_data = { 3, 1, 4, 1, 5, 9, 2, 6, 5, 3, 5, 1, 4, 1, 5 };
    static int s_w = 3;
    static string s_text = "abcabcxabc";

    static int CountRepeats(ReadOnlySpan<int> s, int w)
    {
        int repeats = 0;
        for (int i = 0; i + w <= s.Length; i++)
        {
            ReadOnlySpan<int> win = s.Slice(i, w);
            for (int j = i + 1; j + w <= s.Length; j++)
                if (win.SequenceEqual(s.Slice(j, w))) repeats++;
        }
        return repeats;
    }

    static int BestWindow(ReadOnlySpan<int> s, int w, out int sum)
    {
        int best = -1; sum = int.MinValue;
        for (int i = 0; i + w <= s.Length; i++)
        {
            ReadOnlySpan<int> win = s.Slice(i, w);
            int t = 0;
            for (int k = 0; k < win.Length; k++) t += win[k];
            if (t > sum) { sum = t; best = i; }
        }
        return best;
    }

    static int CountOccurrences(ReadOnlySpan<char> text, ReadOnlySpan<char> pat)
    {
        int n = 0;
        for (int i = 0; i + pat.Length <= text.Length; i++)
            if (text.Slice(i, pat.Length).SequenceEqual(pat)) n++;
        return n;
    }

    static int Main()
    {
        int[] data = s_data;
        int w = s_w;
        // "1 4 1" at 1 and 11, "4 1 5" at 2 and 12 repeat; with w = 2 the pairs (1, 4), (4, 1) and (1, 5) repeat.
        if (CountRepeats(data, w) != 2) return 1;
        if (CountRepeats(data, 2) != 3) return 2;
        int start = BestWindow(data, w, out int sum);
        if (start != 5 || sum != 17) return 3;

        Span<int> s = data;
        Span<int> a = s.Slice(2);
        Span<int> b = a.Slice(3, 8);
        Span<int> c = b.Slice(1, 3);
        if (c[0] != data[6] || c[2] != data[8] || c.Length != 3) return 4;
        c[1] = 100;
        if (data[7] != 100 || b[2] != 100 || a[5] != 100) return 5;
        data[7] = 6;

        // Windows of windows: sums of every w-window inside every 2w-window.
        int total = 0;
        for (int i = 0; i + 2 * w <= data.Length; i += 2 * w)
        {
            Span<int> outer = s.Slice(i, 2 * w);
            for (int j = 0; j + w <= outer.Length; j++)
            {
                Span<int> inner = outer.Slice(j, w);
                total += inner[0] * inner[w - 1];
            }
        }
        // outer 0: {3,1,4,1,5,9}: 3*4 + 1*1 + 4*5 + 1*9 = 42; outer 6: {2,6,5,3,5,1}: 2*5 + 6*3 + 5*5 + 3*1 = 56
        if (total != 98) return 6;

        if (CountOccurrences(s_text, "abc".AsSpan()) != 3) return 7;
        if (CountOccurrences(s_text.AsSpan(1), "bca".AsSpan()) != 1) return 8;
        if (CountOccurrences(s_text, ReadOnlySpan<char>.Empty) != s_text.Length + 1) return 9;
        return 100;
    }
}
