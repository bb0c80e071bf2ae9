// Strings built with string.Concat from strings that already exist (doubling, joining neighbours, prefixing and
// suffixing, long strings over 8 KB that go to large-object pages) are kept in arrays while most built strings are
// garbage; every kept string must have exactly the length and characters its recipe gives.
using System;
using System.Runtime.CompilerServices;

static class Program
{
    static int s_kept = 600;
    static int s_rounds = 20_000;
    static string[] s_atoms = { "a", "bc", "def", "ghij", "klmno" };

    static int AtomLength(int i) => i % 5 + 1;

    // Expected character at position p of the string with the given recipe: atoms repeated.
    static bool MatchesAtoms(string s, int first, int count)
    {
        int p = 0;
        for (int k = 0; k < count; k++)
        {
            string atom = s_atoms[(first + k) % 5];
            for (int c = 0; c < atom.Length; c++, p++)
            {
                if (p >= s.Length || s[p] != atom[c])
                    return false;
            }
        }
        return p == s.Length;
    }

    static string Build(int first, int count)
    {
        string s = "";
        for (int k = 0; k < count; k++)
            s = string.Concat(s, s_atoms[(first + k) % 5]);
        return s;
    }

    static string Doubled(string s, int times)
    {
        for (int i = 0; i < times; i++)
            s = string.Concat(s, s);
        return s;
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    static long Churn(int i)
    {
        string g = string.Concat(s_atoms[i % 5], s_atoms[(i + 1) % 5]);
        g = string.Concat(g, g);
        long s = g.Length;
        if (i % 64 == 0)
        {
            string big = Doubled(s_atoms[4], 14);
            s += big.Length;
        }
        return s;
    }

    static int Main()
    {
        int n = s_kept;
        string[] kept = new string[n];
        int[] firsts = new int[n];
        int[] counts = new int[n];
        for (int i = 0; i < n; i++)
        {
            firsts[i] = i % 5;
            counts[i] = 1 + i % 30;
            kept[i] = Build(firsts[i], counts[i]);
        }
        string[] large = new string[8];
        for (int i = 0; i < large.Length; i++)
            large[i] = Doubled(s_atoms[i % 5], 10 + i % 4);
        long total = 0;
        uint state = 11;
        for (int r = 0; r < s_rounds; r++)
        {
            state = state * 1103515245 + 12345;
            int a = (int)((state >> 8) % (uint)n);
            int b = (int)((state >> 20) % (uint)n);
            // Join two kept strings when the recipe stays a run of consecutive atoms.
            if ((firsts[a] + counts[a]) % 5 == firsts[b] % 5 && counts[a] + counts[b] < 120)
            {
                kept[a] = string.Concat(kept[a], kept[b]);
                counts[a] += counts[b];
            }
            else if (counts[a] > 60)
            {
                firsts[a] = r % 5;
                counts[a] = 1;
                kept[a] = s_atoms[r % 5];
            }
            else
            {
                kept[a] = string.Concat(kept[a], s_atoms[(firsts[a] + counts[a]) % 5]);
                counts[a]++;
            }
            total += Churn(r);
        }
        for (int i = 0; i < n; i++)
        {
            if (!MatchesAtoms(kept[i], firsts[i], counts[i]))
                return 1;
        }
        for (int i = 0; i < large.Length; i++)
        {
            string s = large[i];
            string atom = s_atoms[i % 5];
            if (s.Length != atom.Length << (10 + i % 4))
                return 2;
            for (int p = 0; p < s.Length; p += 97)
            {
                if (s[p] != atom[p % atom.Length])
                    return 3;
            }
        }
        // Concatenations of kept strings with themselves and each other, kept only in a local array.
        string[] pairs = new string[n / 2];
        for (int i = 0; i < pairs.Length; i++)
            pairs[i] = string.Concat(kept[2 * i], kept[2 * i + 1]);
        for (int r = 0; r < 3000; r++)
            total += Churn(r);
        for (int i = 0; i < pairs.Length; i++)
        {
            string p = pairs[i];
            if (p.Length != kept[2 * i].Length + kept[2 * i + 1].Length)
                return 4;
            if (p.Length > 0 && p[p.Length - 1] != kept[2 * i + 1][kept[2 * i + 1].Length - 1])
                return 5;
            if (kept[2 * i].Length > 0 && p[0] != kept[2 * i][0])
                return 6;
        }
        if (string.Concat(large[0], "").Length != large[0].Length || AtomLength(4) != 5)
            return 7;
        return total > 0 ? 100 : 8;
    }
}
