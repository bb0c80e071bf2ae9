// Rings of every size from 1 to a few hundred nodes are built, some kept in an array and the rest dropped, while
// garbage rings pile up; each kept ring must still close after exactly its size steps, forwards and through the
// nodes' back pointers, with its values intact.
using System;
using System.Runtime.CompilerServices;

static class Program
{
    sealed class Node
    {
        public Node Next;
        public Node Prev;
        public Node Start;
        public int Index;
        public int Size;
        public string Label;
    }

    static int s_maxSize = 100;
    static int s_garbageRings = 2000;
    static string[] s_labels = { "a", "bb", "ccc", "dddd" };
    static uint s_seed = 12345;

    static uint Next()
    {
        s_seed ^= s_seed << 13;
        s_seed ^= s_seed >> 17;
        s_seed ^= s_seed << 5;
        return s_seed;
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    static Node MakeRing(int size)
    {
        Node start = new Node { Index = 0, Size = size, Label = s_labels[size % 4] };
        start.Start = start;
        Node last = start;
        for (int i = 1; i < size; i++)
        {
            Node n = new Node { Index = i, Size = size, Prev = last, Start = start, Label = s_labels[(size + i) % 4] };
            last.Next = n;
            last = n;
        }
        last.Next = start;
        start.Prev = last;
        return start;
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    static long MakeGarbage(int count)
    {
        long sum = 0;
        for (int i = 0; i < count; i++)
        {
            Node r = MakeRing(1 + (int)(Next() % 40));
            sum += r.Prev.Index;
            if ((i & 3) == 0)
            {
                long[] pad = new long[32768 + (int)(Next() % 4096)];
                pad[pad.Length - 1] = i;
                sum += pad[pad.Length - 1];
            }
        }
        return sum;
    }

    static int Check(Node ring, int size)
    {
        if (ring.Size != size || ring.Index != 0 || ring.Start != ring)
            return 2;
        Node n = ring;
        for (int i = 0; i < size; i++)
        {
            if (n.Index != i || n.Size != size || n.Start != ring)
                return 3;
            if (n.Label != s_labels[(size + i) % 4])
                return 4;
            if (n.Next.Prev != n || n.Prev.Next != n)
                return 5;
            n = n.Next;
        }
        if (n != ring)
            return 6;
        for (int i = 0; i < size; i++)
            n = n.Prev;
        if (n != ring)
            return 7;
        return 0;
    }

    static int Main()
    {
        Node[] kept = new Node[s_maxSize + 1];
        for (int size = 1; size <= s_maxSize; size++)
        {
            Node ring = MakeRing(size);
            if (size % 3 != 0)
                kept[size] = ring;
            MakeGarbage(size % 7 == 0 ? 30 : 3);
        }
        long garbage = MakeGarbage(s_garbageRings);
        if (garbage <= 0)
            return 1;
        for (int size = 1; size <= s_maxSize; size++)
        {
            if (size % 3 == 0)
            {
                if (kept[size] != null)
                    return 8;
                continue;
            }
            int r = Check(kept[size], size);
            if (r != 0)
                return r;
            if (kept[size].Label != s_labels[size % 4])
                return 9;
        }
        // Splice pairs of rings into one bigger ring, then check again after more garbage.
        for (int size = 1; size + 1 <= s_maxSize; size += 3)
        {
            Node a = kept[size], b = kept[size + 1];
            Node aLast = a.Prev, bLast = b.Prev;
            aLast.Next = b;
            b.Prev = aLast;
            bLast.Next = a;
            a.Prev = bLast;
            kept[size + 1] = null;
        }
        garbage += MakeGarbage(s_garbageRings / 2);
        for (int size = 1; size + 1 <= s_maxSize; size += 3)
        {
            Node a = kept[size];
            int count = 0;
            Node n = a;
            do
            {
                if (n.Next.Prev != n)
                    return 10;
                count++;
                n = n.Next;
            } while (n != a && count <= 2 * s_maxSize + 2);
            if (count != 2 * size + 1)
                return 11;
        }
        return garbage > 0 ? 100 : 12;
    }
}
