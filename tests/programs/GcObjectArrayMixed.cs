// An object[] holding a mix of everything (boxed ints, longs, doubles and structs with references, strings, arrays
// of values and of references, class instances, delegates, nested object[]s, nulls) keeps each element alive and
// intact through collections while elements are overwritten with other kinds, and so do clones of it (Array.Clone
// of an object[] and an object[,], MemberwiseClone); type tests and values must match.
using System;
using System.Runtime.CompilerServices;

static class Program
{
    sealed class Item
    {
        public int Id;
        public object Link;
        public Item Shallow() => (Item)MemberwiseClone();
    }

    struct Pair
    {
        public string Name;
        public int[] Numbers;
        public int Key;
    }

    static int s_length = 1500;
    static int s_rounds = 6000;
    static string[] s_names = { "north", "south", "east", "west" };

    static object Make(int kind, int i)
    {
        switch (kind)
        {
            case 0: return i;
            case 1: return (long)i << 33;
            case 2: return i * 0.5;
            case 3: return new Pair { Name = s_names[i % 4], Numbers = new[] { i, i + 1 }, Key = i };
            case 4: return string.Concat(s_names[i % 4], s_names[(i + 1) % 4]);
            case 5: return new int[] { i, i * 2, i * 3 };
            case 6: return new Item { Id = i, Link = new Item { Id = -i } };
            case 7:
            {
                int captured = i;
                Func<int> f = () => captured + 1;
                return f;
            }
            case 8: return new object[] { i, s_names[i % 4], null };
            case 9: return new string[] { s_names[i % 4] };
            default: return null;
        }
    }

    static bool Check(object o, int kind, int i)
    {
        switch (kind)
        {
            case 0: return o is int v && v == i;
            case 1: return o is long l && l == (long)i << 33;
            case 2: return o is double d && d == i * 0.5;
            case 3: return o is Pair p && p.Key == i && p.Name == s_names[i % 4] && p.Numbers.Length == 2 && p.Numbers[0] == i && p.Numbers[1] == i + 1;
            case 4: return o is string s && s == string.Concat(s_names[i % 4], s_names[(i + 1) % 4]);
            case 5: return o is int[] a && a.Length == 3 && a[0] == i && a[1] == i * 2 && a[2] == i * 3;
            case 6: return o is Item it && it.Id == i && it.Link is Item inner && inner.Id == -i && inner.Link == null;
            case 7: return o is Func<int> f && f() == i + 1;
            case 8: return o is object[] arr && arr.Length == 3 && arr[0] is int x && x == i && (string)arr[1] == s_names[i % 4] && arr[2] == null;
            case 9: return o is string[] sa && sa.Length == 1 && sa[0] == s_names[i % 4];
            default: return o == null;
        }
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    static long Garbage(int r)
    {
        object[] g = new object[10];
        for (int k = 0; k < g.Length; k++)
            g[k] = k % 2 == 0 ? (object)k : new byte[k * 10];
        long s = g.Length;
        if (r % 4 == 0)
        {
            object[] big = new object[20_000];
            big[r % 20_000] = g;
            s += big.Length;
        }
        return s;
    }

    static int Main()
    {
        int n = s_length;
        object[] mixed = new object[n];
        int[] kinds = new int[n];
        int[] seeds = new int[n];
        for (int i = 0; i < n; i++)
        {
            kinds[i] = i % 11;
            seeds[i] = i;
            mixed[i] = Make(kinds[i], i);
        }
        long garbage = 0;
        uint state = 5;
        for (int r = 0; r < s_rounds; r++)
        {
            state = state * 1103515245 + 12345;
            int at = (int)((state >> 4) % (uint)n);
            int kind = (int)((state >> 20) % 11);
            kinds[at] = kind;
            seeds[at] = r;
            mixed[at] = Make(kind, r);
            garbage += Garbage(r);
            if (r % 2000 == 0)
            {
                for (int i = 0; i < n; i++)
                {
                    if (!Check(mixed[i], kinds[i], seeds[i]))
                        return 1 + kinds[i];
                }
            }
        }
        for (int i = 0; i < n; i++)
        {
            if (!Check(mixed[i], kinds[i], seeds[i]))
                return 20 + kinds[i];
        }
        // Same boxes seen through a clone of the array: identity is kept.
        object[] copy = (object[])mixed.Clone();
        object[,] grid = new object[3, 4];
        for (int i = 0; i < 12; i++)
            grid[i / 4, i % 4] = mixed[i];
        object[,] gridCopy = (object[,])grid.Clone();
        Item original = new Item { Id = 5, Link = new int[] { 5 } };
        Item shallow = original.Shallow();
        mixed = null;
        grid = null;
        original = null;
        for (int r = 0; r < 2000; r++)
            garbage += Garbage(r);
        for (int i = 0; i < n; i++)
        {
            if (!Check(copy[i], kinds[i], seeds[i]))
                return 40 + kinds[i];
        }
        for (int i = 0; i < 12; i++)
        {
            if (gridCopy[i / 4, i % 4] != copy[i] || gridCopy.GetLength(1) != 4)
                return 55;
        }
        if (shallow.Id != 5 || shallow.Link is not int[] sl || sl[0] != 5)
            return 56;
        return garbage > 0 ? 100 : 60;
    }
}
