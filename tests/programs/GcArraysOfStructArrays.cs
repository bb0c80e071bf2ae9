// Arrays of structs that hold references at several offsets (nested structs, 8-byte aligned fields between the
// references, a generic pair struct, an inline array of six references), and arrays of arrays of them, keep what their elements point to alive
// through collections; elements overwritten in place, copied out and back, and cleared must read back exactly.
using System;
using System.Runtime.CompilerServices;

static class Program
{
    sealed class Leaf
    {
        public int Id;
        public string Name;
    }

    struct Inner
    {
        public Leaf A;
        public byte Flag;
        public Leaf B;
    }

    struct Entry
    {
        public long Stamp;
        public string Name;
        public Inner In;
        public int[] Data;
        public double Weight;
        public object Tag;
    }

    [InlineArray(6)]
    struct Six
    {
        private object _element;
    }

    sealed class SixHolder
    {
        public int Before;
        public Six Items;
        public int After;
    }

    struct KeyValue<TKey, TValue>
    {
        public TKey Key;
        public TValue Value;
    }

    static int s_outer = 60;
    static int s_rounds = 12_000;
    static string[] s_names = { "p", "q", "r", "s", "t", "u" };

    static Entry MakeEntry(int row, int col, int version)
    {
        int id = row * 1000 + col;
        return new Entry
        {
            Stamp = ((long)id << 20) + version,
            Name = s_names[(id + version) % 6],
            In = new Inner { A = new Leaf { Id = id, Name = s_names[id % 6] }, Flag = (byte)version, B = version % 3 == 0 ? null : new Leaf { Id = -id } },
            Data = new int[] { id, version },
            Weight = id * 0.25,
            Tag = version % 2 == 0 ? (object)new Leaf { Id = version } : s_names[version % 6],
        };
    }

    static bool EntryOk(in Entry e, int row, int col, int version)
    {
        int id = row * 1000 + col;
        if (e.Stamp != ((long)id << 20) + version || e.Name != s_names[(id + version) % 6] || e.Weight != id * 0.25)
            return false;
        if (e.In.A == null || e.In.A.Id != id || e.In.A.Name != s_names[id % 6] || e.In.Flag != (byte)version)
            return false;
        if (version % 3 == 0 ? e.In.B != null : (e.In.B == null || e.In.B.Id != -id))
            return false;
        if (e.Data.Length != 2 || e.Data[0] != id || e.Data[1] != version)
            return false;
        if (version % 2 == 0)
            return e.Tag is Leaf l && l.Id == version;
        return e.Tag is string s && s == s_names[version % 6];
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    static long Garbage(int r)
    {
        Entry[] g = new Entry[4];
        g[0].Name = "g";
        g[1].In.A = new Leaf { Id = r };
        long s = g[1].In.A.Id;
        if (r % 8 == 0)
        {
            Entry[] big = new Entry[1500];
            big[r % 1500].Tag = big;
            s += big.Length;
        }
        return s;
    }

    static int Main()
    {
        int rows = s_outer;
        Entry[][] grid = new Entry[rows][];
        int[][] versions = new int[rows][];
        for (int r = 0; r < rows; r++)
        {
            grid[r] = new Entry[1 + r % 17];
            versions[r] = new int[grid[r].Length];
            for (int c = 0; c < grid[r].Length; c++)
                grid[r][c] = MakeEntry(r, c, 0);
        }
        KeyValue<string, Leaf>[] pairs = new KeyValue<string, Leaf>[500];
        KeyValue<long, object>[] pairs2 = new KeyValue<long, object>[500];
        for (int i = 0; i < pairs.Length; i++)
        {
            pairs[i] = new KeyValue<string, Leaf> { Key = s_names[i % 6], Value = new Leaf { Id = i } };
            pairs2[i] = new KeyValue<long, object> { Key = i * 3L, Value = new int[] { i } };
        }
        // Inline arrays of references: as array elements and as a field of a class.
        Six[] sixes = new Six[200];
        SixHolder[] holders = new SixHolder[50];
        for (int i = 0; i < sixes.Length; i++)
        {
            for (int k = 0; k < 6; k++)
                sixes[i][k] = (k % 2 == 0) ? new Leaf { Id = i * 6 + k } : (object)s_names[k];
        }
        for (int i = 0; i < holders.Length; i++)
        {
            holders[i] = new SixHolder { Before = i, After = -i };
            for (int k = 0; k < 6; k++)
                holders[i].Items[k] = new int[] { i, k };
        }
        long garbage = 0;
        uint state = 99;
        for (int round = 0; round < s_rounds; round++)
        {
            state = state * 1103515245 + 12345;
            int r = (int)((state >> 8) % (uint)rows);
            int c = (int)((state >> 16) % (uint)grid[r].Length);
            int v = ++versions[r][c];
            if (round % 3 == 0)
            {
                // In place, through a ref to the element.
                ref Entry e = ref grid[r][c];
                e = MakeEntry(r, c, v);
            }
            else if (round % 3 == 1)
            {
                // Copied out, changed, copied back.
                Entry copy = grid[r][c];
                Entry fresh = MakeEntry(r, c, v);
                copy.In = fresh.In;
                copy.Stamp = fresh.Stamp;
                copy.Name = fresh.Name;
                copy.Data = fresh.Data;
                copy.Tag = fresh.Tag;
                garbage += Garbage(round);
                grid[r][c] = copy;
            }
            else
            {
                grid[r][c] = default;
                garbage += Garbage(round);
                grid[r][c] = MakeEntry(r, c, v);
            }
            garbage += Garbage(round);
        }
        for (int r = 0; r < rows; r++)
        {
            for (int c = 0; c < grid[r].Length; c++)
            {
                if (!EntryOk(grid[r][c], r, c, versions[r][c]))
                    return 1;
            }
        }
        for (int i = 0; i < pairs.Length; i++)
        {
            if (pairs[i].Key != s_names[i % 6] || pairs[i].Value.Id != i)
                return 2;
            if (pairs2[i].Key != i * 3L || pairs2[i].Value is not int[] a || a[0] != i)
                return 3;
        }
        for (int i = 0; i < sixes.Length; i++)
        {
            for (int k = 0; k < 6; k++)
            {
                object o = sixes[i][k];
                if ((k % 2 == 0) ? !(o is Leaf l && l.Id == i * 6 + k) : !(o is string t && t == s_names[k]))
                    return 7;
            }
        }
        for (int i = 0; i < holders.Length; i++)
        {
            SixHolder h = holders[i];
            if (h.Before != i || h.After != -i)
                return 8;
            for (int k = 0; k < 6; k++)
            {
                if (h.Items[k] is not int[] a || a.Length != 2 || a[0] != i || a[1] != k)
                    return 9;
            }
        }
        // Rows swapped between the grid and a second array; the grid's own slots cleared.
        Entry[][] moved = new Entry[rows][];
        for (int r = 0; r < rows; r++)
        {
            moved[rows - 1 - r] = grid[r];
            grid[r] = null;
        }
        grid = null;
        for (int i = 0; i < 3000; i++)
            garbage += Garbage(i);
        for (int r = 0; r < rows; r++)
        {
            Entry[] row = moved[rows - 1 - r];
            if (row.Length != 1 + r % 17)
                return 4;
            for (int c = 0; c < row.Length; c++)
            {
                if (!EntryOk(row[c], r, c, versions[r][c]))
                    return 5;
            }
        }
        return garbage > 0 ? 100 : 10;
    }
}
