// Methods and indexers that return refs into heap objects (a field, an array element, a struct inside an array
// inside an object made on the spot) give managed pointers that alone keep their objects alive, also while they sit
// on the evaluation stack as the target of an assignment whose right side allocates; everything written through
// them must be found again.
using System;
using System.Runtime.CompilerServices;

static class Program
{
    sealed class Cell
    {
        public int Before;
        public object Value;
        public int Count;
    }

    struct Slot
    {
        public long Key;
        public string Text;
        public Cell Cell;
    }

    sealed class Table
    {
        public Slot[] Slots;
        public Table(int n) => Slots = new Slot[n];
        public ref Slot this[int i] => ref Slots[i];
    }

    sealed class Outer
    {
        public int Pad;
        public Table Inner;
    }

    static int s_churn = 100;
    static int s_loops = 300;

    [MethodImpl(MethodImplOptions.NoInlining)]
    static object Allocate(int i)
    {
        object result = null;
        for (int k = 0; k < s_churn; k++)
        {
            object[] g = new object[4];
            g[0] = g;
            result = g;
        }
        byte[] big = new byte[50_000];
        big[i % 50_000] = 1;
        return new int[] { i, big.Length };
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    static ref object ValueOf(Cell c) => ref c.Value;

    [MethodImpl(MethodImplOptions.NoInlining)]
    static ref int CountOf(Cell c) => ref c.Count;

    [MethodImpl(MethodImplOptions.NoInlining)]
    static ref Slot SlotIn(int n, int i) => ref new Outer { Pad = 1, Inner = new Table(n) }.Inner[i];

    [MethodImpl(MethodImplOptions.NoInlining)]
    static ref string Element(string[] a, int i) => ref a[i];

    static bool IsAllocated(object o, int i) => o is int[] a && a.Length == 2 && a[0] == i && a[1] == 50_000;

    static int Main()
    {
        long total = 0;
        for (int i = 0; i < s_loops; i++)
        {
            // The ref is taken (from a cell nothing else holds) before the right side allocates.
            ValueOf(new Cell { Before = i }) = Allocate(i);
            ref object v = ref ValueOf(new Cell { Before = i });
            v = Allocate(i);
            total += ((int[])Allocate(i)).Length;
            if (!IsAllocated(v, i))
                return 1;
            v = new object[] { v, Allocate(i + 1) };
            total += ((int[])Allocate(i)).Length;
            if (v is not object[] pair || !IsAllocated(pair[0], i) || !IsAllocated(pair[1], i + 1))
                return 2;
            ref int count = ref CountOf(new Cell { Count = i });
            count += ((int[])Allocate(i))[0];
            Allocate(i);
            if (count != 2 * i)
                return 3;
            // A slot in the middle of a struct array owned by a table owned by an object made in the call.
            ref Slot slot = ref SlotIn(10 + i % 50, 5);
            slot.Key = i;
            slot.Text = string.Concat("slot", i % 2 == 0 ? "even" : "odd");
            slot.Cell = new Cell { Value = Allocate(i) };
            Allocate(i);
            if (slot.Key != i || slot.Text.Length != (i % 2 == 0 ? 8 : 7) || !IsAllocated(slot.Cell.Value, i))
                return 4;
            if (Unsafe.Add(ref slot, 1).Text != null || Unsafe.Add(ref slot, -5).Key != 0)
                return 5;
            // An array element ref whose array is dropped, the element then replaced through the ref.
            string[] words = new string[] { "a", "b", "c", "d" };
            ref string e = ref Element(words, 2);
            words = null;
            e = string.Concat(e, (string)"z");
            total += ((int[])Allocate(i))[1];
            if (e != "cz" || Unsafe.Add(ref e, 1) != "d" || Unsafe.Add(ref e, -2) != "a")
                return 6;
        }
        // Indexer refs on a live table, the table reachable only from a local that is then overwritten.
        Table t = new Table(100);
        ref Slot s0 = ref t[0];
        ref Slot s99 = ref t[99];
        t = new Table(1);
        s0.Cell = new Cell { Count = 11 };
        s99.Cell = new Cell { Count = 99 };
        for (int i = 0; i < 20; i++)
            total += ((int[])Allocate(i)).Length;
        if (s0.Cell.Count != 11 || s99.Cell.Count != 99 || Unsafe.Add(ref s0, 99).Cell != s99.Cell)
            return 7;
        if (t.Slots.Length != 1)
            return 8;
        return total > 0 ? 100 : 9;
    }
}
