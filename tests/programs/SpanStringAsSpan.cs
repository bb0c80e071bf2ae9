// Checks ReadOnlySpan<char> from string.AsSpan: slicing without copying, AsSpan(start) and AsSpan(start, length), IndexOf on chars and sub-spans, SequenceEqual against other strings' spans, trimming by hand, and parsing numbers from slices.
using System;

static class Program
{
    static string s_csv = "12,345,-6,78";
    static string s_padded = "   core   ";

    static int ParseInt(ReadOnlySpan<char> s)
    {
        int sign = 1, i = 0, v = 0;
        if (s.Length > 0 && s[0] == '-') { sign = -1; i = 1; }
        for (; i < s.Length; i++) v = v * 10 + (s[i] - '0');
        return sign * v;
    }

    static ReadOnlySpan<char> Trim(ReadOnlySpan<char> s)
    {
        int a = 0, b = s.Length;
        while (a < b && s[a] == ' ') a++;
        while (b > a && s[b - 1] == ' ') b--;
        return s.Slice(a, b - a);
    }

    static int Main()
    {
        ReadOnlySpan<char> all = s_csv.AsSpan();
        if (all.Length != 12 || all[2] != ',') return 1;
        int sum = 0, fields = 0;
        ReadOnlySpan<char> rest = all;
        while (true)
        {
            int comma = rest.IndexOf(',');
            if (comma < 0) { sum += ParseInt(rest); fields++; break; }
            sum += ParseInt(rest.Slice(0, comma));
            fields++;
            rest = rest.Slice(comma + 1);
        }
        if (sum != 429 || fields != 4) return 2;
        if (ParseInt(s_csv.AsSpan(3, 3)) != 345) return 3;
        if (ParseInt(s_csv.AsSpan(7, 2)) != -6 || ParseInt(s_csv.AsSpan(10)) != 78) return 4;
        ReadOnlySpan<char> t = Trim(s_padded);
        if (t.Length != 4 || !t.SequenceEqual("core".AsSpan())) return 5;
        if (new string(t) != "core") return 6;
        if (all.IndexOf("-6".AsSpan()) != 7 || all.IndexOf("99".AsSpan()) != -1) return 7;
        if (all.LastIndexOf(',') != 9) return 8;
        if (!"abcdef".AsSpan(2, 2).SequenceEqual("xcdx".AsSpan(1, 2))) return 9;
        if (Trim("      ".AsSpan()).Length != 0) return 10;
        return 100;
    }
}
