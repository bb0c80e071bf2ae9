// A doubly-linked list with a sentinel is edited for a long time (inserts at random places, removals, moves to
// the front) while each edit also makes garbage; removed nodes keep pointing into the list. At every checkpoint the
// list must be consistent both ways and hold exactly the values a parallel int array says it holds.
using System;
using System.Runtime.CompilerServices;

static class Program
{
    sealed class Node
    {
        public Node Prev;
        public Node Next;
        public int Value;
        public int[] Payload;
    }

    static int s_edits = 25_000;
    static int s_capacity = 2000;
    static uint s_seed = 987654321;

    static uint Rand()
    {
        s_seed ^= s_seed << 13;
        s_seed ^= s_seed >> 17;
        s_seed ^= s_seed << 5;
        return s_seed;
    }

    static void InsertAfter(Node at, Node n)
    {
        n.Prev = at;
        n.Next = at.Next;
        at.Next.Prev = n;
        at.Next = n;
    }

    static void Unlink(Node n)
    {
        n.Prev.Next = n.Next;
        n.Next.Prev = n.Prev;
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    static long Garbage(int i)
    {
        Node g = new Node { Value = i, Payload = new int[4 + (i & 15)] };
        g.Next = g;
        g.Prev = new Node { Value = -i, Next = g };
        long s = g.Payload.Length + g.Prev.Value;
        if ((i & 31) == 0)
        {
            int[] big = new int[65536 + (i & 255)];
            big[i & 255] = i;
            s += big[i & 255];
        }
        return s;
    }

    static int Check(Node sentinel, int[] values, int count)
    {
        Node n = sentinel.Next;
        for (int i = 0; i < count; i++)
        {
            if (n == sentinel)
                return 2;
            if (n.Prev.Next != n || n.Next.Prev != n)
                return 3;
            if (n.Value != values[i])
                return 4;
            if (n.Payload.Length != 1 + (n.Value & 7) || n.Payload[0] != n.Value)
                return 5;
            n = n.Next;
        }
        if (n != sentinel)
            return 6;
        n = sentinel.Prev;
        for (int i = count - 1; i >= 0; i--)
        {
            if (n.Value != values[i])
                return 7;
            n = n.Prev;
        }
        return n == sentinel ? 0 : 8;
    }

    static Node NodeAt(Node sentinel, int index)
    {
        Node n = sentinel.Next;
        for (int i = 0; i < index; i++)
            n = n.Next;
        return n;
    }

    static int Main()
    {
        Node sentinel = new Node { Value = int.MinValue };
        sentinel.Next = sentinel;
        sentinel.Prev = sentinel;
        int[] values = new int[s_capacity];
        int count = 0;
        Node[] removed = new Node[64];
        long garbage = 0;
        for (int e = 0; e < s_edits; e++)
        {
            uint op = Rand() % 10;
            if (count < 4 || (op < 5 && count < s_capacity))
            {
                int at = (int)(Rand() % (uint)(count + 1));
                int v = (int)(Rand() % 100000);
                Node n = new Node { Value = v, Payload = new int[1 + (v & 7)] };
                n.Payload[0] = v;
                InsertAfter(at == 0 ? sentinel : NodeAt(sentinel, at - 1), n);
                for (int k = count; k > at; k--)
                    values[k] = values[k - 1];
                values[at] = v;
                count++;
            }
            else if (op < 8)
            {
                int at = (int)(Rand() % (uint)count);
                Node n = NodeAt(sentinel, at);
                Unlink(n);
                removed[e & 63] = n;
                for (int k = at; k < count - 1; k++)
                    values[k] = values[k + 1];
                count--;
            }
            else
            {
                int at = (int)(Rand() % (uint)count);
                Node n = NodeAt(sentinel, at);
                Unlink(n);
                InsertAfter(sentinel, n);
                int v = values[at];
                for (int k = at; k > 0; k--)
                    values[k] = values[k - 1];
                values[0] = v;
            }
            garbage += Garbage(e);
            if (e % 5000 == 4999)
            {
                int r = Check(sentinel, values, count);
                if (r != 0)
                    return r;
            }
        }
        int final = Check(sentinel, values, count);
        if (final != 0)
            return 10 + final;
        for (int i = 0; i < removed.Length; i++)
        {
            if (removed[i] != null && (removed[i].Payload[0] != removed[i].Value || removed[i].Prev == null))
                return 20;
        }
        return garbage != 0 ? 100 : 21;
    }
}
