// Objects a collection made old are given references to new objects in every way C# stores one (a field, an
// array element, a ref local, a struct copied into a field or an element, Interlocked, Array.Copy of each kind,
// Array.SetValue, a growing List, a span, Unsafe.Add, Nullable<T> unboxed into an array); then enough is allocated
// for later collections to run, and every new object must still be there with its value.
using System;
using System.Collections.Generic;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Threading;

sealed class Cell
{
    public int Value;
    public Cell(int value) { Value = value; }
}

struct Pair
{
    public Cell A;
    public int N;
    public Cell B;
}

sealed class Holder
{
    public Cell Field;
    public Pair Pair;
    public Cell[] Cells = new Cell[8];
    public object[] Objects = new object[4];
    public Pair[] Pairs = new Pair[4];
    public Pair?[] Nullables = new Pair?[3];
    public object Shared;
    public List<Cell> List = new List<Cell>();
    public KeyValuePair<string, Cell>[] Entries = new KeyValuePair<string, Cell>[2];
    public Cell[] Large = new Cell[5000];
}

static class Program
{
    static Holder s_holder;
    static int s_rounds = 3;
    static long s_sink;

    static int Main()
    {
        s_holder = new Holder();
        for (int round = 0; round < s_rounds; round++)
        {
            int b = 1000 * (round + 1);
            // Everything reachable now is old for a generational collector (CoreCLR's too).
            GC.Collect();
            Store(s_holder, b);
            Churn(b);
            int r = Check(s_holder, b);
            if (r != 100)
                return r + round * 100;
        }
        return s_sink == 0 ? 1 : 100;
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    static void Store(Holder h, int b)
    {
        h.Field = new Cell(b + 1);
        h.Cells[0] = new Cell(b + 2);
        ref Cell slot = ref h.Cells[1];
        slot = new Cell(b + 3);
        h.Pair = new Pair { A = new Cell(b + 4), N = b, B = new Cell(b + 5) };
        h.Pairs[1] = new Pair { A = new Cell(b + 6), N = b, B = new Cell(b + 7) };
        h.Pairs[2].B = new Cell(b + 8);
        Interlocked.Exchange(ref h.Shared, new Cell(b + 9));
        Cell[] source = { new Cell(b + 10), new Cell(b + 11) };
        Array.Copy(source, 0, h.Cells, 2, 2);
        h.Cells.SetValue(new Cell(b + 12), 4);
        Span<Cell> span = h.Cells;
        span[5] = new Cell(b + 13);
        Unsafe.Add(ref MemoryMarshal.GetArrayDataReference(h.Cells), 6) = new Cell(b + 14);
        // Cell[] into object[] (a plain copy), then back through a checked one.
        Array.Copy(new Cell[] { new Cell(b + 15), new Cell(b + 16) }, 0, h.Objects, 0, 2);
        object[] mixed = { new Cell(b + 17) };
        Array.Copy(mixed, 0, h.Cells, 7, 1);
        // Boxed structs unboxed into Nullable<Pair> elements, by Array.Copy and by SetValue.
        object[] boxes = { new Pair { A = new Cell(b + 18), N = b, B = new Cell(b + 19) } };
        Array.Copy(boxes, 0, h.Nullables, 0, 1);
        h.Nullables.SetValue(new Pair { A = new Cell(b + 20), N = b, B = new Cell(b + 21) }, 1);
        // Pair[] to Pair[]: the structs' references are moved as memory.
        Pair[] pairs = { new Pair { A = new Cell(b + 22), N = b, B = new Cell(b + 23) } };
        Array.Copy(pairs, 0, h.Pairs, 3, 1);
        h.Entries[1] = new KeyValuePair<string, Cell>((b + 24).ToString(), new Cell(b + 25));
        h.List.Clear();
        for (int i = 0; i < 40; i++)
            h.List.Add(new Cell(b + 100 + i));
        for (int i = 0; i < h.Large.Length; i += 97)
            h.Large[i] = new Cell(b + 200 + i);
        // A struct holding references copied from a local into an old array element.
        Pair local = new Pair { A = new Cell(b + 26), N = b, B = new Cell(b + 27) };
        h.Pairs[0] = local;
    }

    /// Enough allocation for collections to run: 30 MB in large arrays and some small objects.
    [MethodImpl(MethodImplOptions.NoInlining)]
    static void Churn(int b)
    {
        for (int i = 0; i < 300; i++)
        {
            byte[] block = new byte[100_000];
            block[i] = (byte)i;
            s_sink += block.Length + new Cell(b + i).Value;
        }
    }

    static bool Is(object o, int value) => o is Cell c && c.Value == value;

    [MethodImpl(MethodImplOptions.NoInlining)]
    static int Check(Holder h, int b)
    {
        if (!Is(h.Field, b + 1)) return 1;
        if (!Is(h.Cells[0], b + 2)) return 2;
        if (!Is(h.Cells[1], b + 3)) return 3;
        if (!Is(h.Pair.A, b + 4) || !Is(h.Pair.B, b + 5) || h.Pair.N != b) return 4;
        if (!Is(h.Pairs[1].A, b + 6) || !Is(h.Pairs[1].B, b + 7)) return 5;
        if (!Is(h.Pairs[2].B, b + 8)) return 6;
        if (!Is(h.Shared, b + 9)) return 7;
        if (!Is(h.Cells[2], b + 10) || !Is(h.Cells[3], b + 11)) return 8;
        if (!Is(h.Cells[4], b + 12)) return 9;
        if (!Is(h.Cells[5], b + 13)) return 10;
        if (!Is(h.Cells[6], b + 14)) return 11;
        if (!Is(h.Objects[0], b + 15) || !Is(h.Objects[1], b + 16)) return 12;
        if (!Is(h.Cells[7], b + 17)) return 13;
        Pair? n0 = h.Nullables[0], n1 = h.Nullables[1];
        if (!n0.HasValue || !Is(n0.Value.A, b + 18) || !Is(n0.Value.B, b + 19)) return 14;
        if (!n1.HasValue || !Is(n1.Value.A, b + 20) || !Is(n1.Value.B, b + 21)) return 15;
        if (!Is(h.Pairs[3].A, b + 22) || !Is(h.Pairs[3].B, b + 23)) return 16;
        if (h.Entries[1].Key != (b + 24).ToString() || !Is(h.Entries[1].Value, b + 25)) return 17;
        if (h.List.Count != 40) return 18;
        for (int i = 0; i < 40; i++)
            if (!Is(h.List[i], b + 100 + i)) return 19;
        for (int i = 0; i < h.Large.Length; i += 97)
            if (!Is(h.Large[i], b + 200 + i)) return 20;
        if (!Is(h.Pairs[0].A, b + 26) || !Is(h.Pairs[0].B, b + 27)) return 21;
        return 100;
    }
}
