// Checks Span<T> instance methods: CopyTo (into a longer span and between overlapping slices of one array), TryCopyTo into a too-short span, Fill, Clear, ToArray, on int, long and char spans.
using System;

static class Program
{
    static int s_n = 8;

    static int Main()
    {
        int[] src = new int[s_n];
        for (int i = 0; i < src.Length; i++) src[i] = i + 1;
        int[] dst = new int[s_n + 2];
        new Span<int>(src).CopyTo(dst);
        if (dst[0] != 1 || dst[7] != 8 || dst[8] != 0) return 1;
        Span<int> s = src;
        s.Slice(0, 5).CopyTo(s.Slice(2));
        if (src[0] != 1 || src[1] != 2 || src[2] != 1 || src[6] != 5 || src[7] != 8) return 2;
        s.Slice(3, 5).CopyTo(s);
        if (src[0] != 2 || src[4] != 8 || src[5] != 4) return 3;
        Span<int> small = new int[3];
        if (s.TryCopyTo(small)) return 4;
        if (!s.Slice(5).TryCopyTo(small) || small[2] != 8) return 5;
        long[] longs = new long[5];
        Span<long> ls = longs;
        ls.Fill(1L << 40);
        ls.Slice(1, 2).Fill(-7);
        if (longs[0] != 1L << 40 || longs[1] != -7 || longs[2] != -7 || longs[4] != 1L << 40) return 6;
        ls.Slice(3).Clear();
        if (longs[3] != 0 || longs[4] != 0 || longs[0] == 0) return 7;
        char[] chars = new char[4];
        Span<char> cs = chars;
        cs.Fill('z');
        cs[1] = 'a';
        char[] copy = cs.ToArray();
        cs.Clear();
        if (copy.Length != 4 || copy[0] != 'z' || copy[1] != 'a' || chars[0] != '\0') return 8;
        int[] fromSlice = s.Slice(1, 3).ToArray();
        if (fromSlice.Length != 3 || fromSlice[0] != src[1] || fromSlice[2] != src[3]) return 9;
        return 100;
    }
}
