// More than 4 GiB (wasm32's whole address space) is allocated over the run while more than ten thousand small
// objects survive throughout (a tree of nodes with strings and tiny arrays, some replaced along the way); the
// survivors must be intact at the end and GC.GetTotalAllocatedBytes must have counted past 4 GiB.
using System;
using System.Runtime.CompilerServices;

static class Program
{
    sealed class Leaf
    {
        public int Id;
        public string Name;
        public byte[] Bits;
        public Leaf Left;
        public Leaf Right;
    }

    static int s_survivors = 10_000;
    static int s_rounds = 9600;
    static int s_chunk = 512 * 1024;
    static string[] s_names = { "oak", "elm", "ash", "yew", "fir" };

    static Leaf Make(int id) => new Leaf { Id = id, Name = s_names[id % 5], Bits = (id % 3 == 0) ? new byte[] { (byte)id, (byte)(id >> 8) } : null };

    static bool Ok(Leaf l, int id) =>
        l != null && l.Id == id && l.Name == s_names[id % 5] && ((id % 3 == 0) ? (l.Bits != null && l.Bits.Length == 2 && l.Bits[0] == (byte)id && l.Bits[1] == (byte)(id >> 8)) : l.Bits == null);

    static int Main()
    {
        long startAllocated = GC.GetTotalAllocatedBytes();
        int n = s_survivors;
        // A complete binary tree laid out by index: node i has children 2i+1 and 2i+2.
        Leaf[] byIndex = new Leaf[n];
        for (int i = 0; i < n; i++)
            byIndex[i] = Make(i);
        for (int i = 0; i < n; i++)
        {
            if (2 * i + 1 < n)
                byIndex[i].Left = byIndex[2 * i + 1];
            if (2 * i + 2 < n)
                byIndex[i].Right = byIndex[2 * i + 2];
        }
        Leaf root = byIndex[0];
        byIndex = null;
        long garbage = 0;
        uint state = 5;
        for (int r = 0; r < s_rounds; r++)
        {
            byte[] chunk = new byte[s_chunk - (r % 16) * 4096];
            chunk[r % chunk.Length] = (byte)r;
            garbage += chunk.Length;
            if (r % 10 == 0)
            {
                // Replace a random leaf-level node (no children) with a fresh copy.
                state = state * 1103515245 + 12345;
                int id = n / 2 + (int)((state >> 8) % (uint)(n - n / 2));
                Leaf parent = root;
                // Walk down to the parent by the bits of (id + 1).
                int path = id + 1;
                int top = 31;
                while ((path >> top) == 0)
                    top--;
                for (int b = top - 1; b > 0; b--)
                    parent = ((path >> b) & 1) == 0 ? parent.Left : parent.Right;
                Leaf fresh = Make(id);
                if ((path & 1) == 0)
                    parent.Left = fresh;
                else
                    parent.Right = fresh;
            }
        }
        if (garbage < (1L << 32) + (1L << 26))
            return 1;
        if (GC.GetTotalAllocatedBytes() - startAllocated < (1L << 32))
            return 2;
        // Breadth-first over the tree by index.
        Leaf[] queue = new Leaf[n];
        int head = 0, tail = 0;
        queue[tail++] = root;
        while (head < tail)
        {
            Leaf l = queue[head];
            if (!Ok(l, head))
                return 3;
            if (2 * head + 1 < n)
            {
                if (l.Left == null)
                    return 4;
                queue[tail++] = l.Left;
            }
            else if (l.Left != null)
            {
                return 5;
            }
            if (2 * head + 2 < n)
            {
                if (l.Right == null)
                    return 6;
                queue[tail++] = l.Right;
            }
            else if (l.Right != null)
            {
                return 7;
            }
            head++;
        }
        if (tail != n)
            return 8;
        return 100;
    }
}
