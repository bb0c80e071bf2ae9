// Spans and read-only spans over arrays (of ints, of references, of structs with references, slices in the middle
// and at the end) are the only roots of their arrays across calls that allocate; span reads, writes, slicing and
// copying between spans must keep working on the same memory.
using System;
using System.Runtime.CompilerServices;

static class Program
{
    sealed class Node
    {
        public int Id;
        public Node Next;
    }

    struct Item
    {
        public Node Node;
        public int Weight;
    }

    static int s_size = 3000;
    static int s_churn = 20_000;

    [MethodImpl(MethodImplOptions.NoInlining)]
    static long Churn(int n)
    {
        long s = 0;
        for (int i = 0; i < n; i++)
        {
            Node g = new Node { Id = i };
            s += g.Id;
            if (i % 32 == 0)
            {
                Node[] big = new Node[16_000];
                big[i % 16_000] = g;
                s += big.Length;
            }
        }
        return s;
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    static Span<int> IntSpan(int n)
    {
        int[] a = new int[n];
        for (int i = 0; i < n; i++)
            a[i] = i + 1;
        return a.AsSpan(n / 4, n / 2);
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    static Span<Node> NodeSpan(int n)
    {
        Node[] a = new Node[n];
        for (int i = 0; i < n; i++)
            a[i] = new Node { Id = i, Next = i > 0 ? a[i - 1] : null };
        return new Span<Node>(a, n - 100, 100);
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    static Span<Item> ItemSpan(int n)
    {
        Item[] a = new Item[n];
        for (int i = 0; i < n; i++)
            a[i] = new Item { Node = new Node { Id = -i }, Weight = i };
        return a;
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    static ReadOnlySpan<char> Chars(int n)
    {
        char[] c = new char[n];
        for (int i = 0; i < n; i++)
            c[i] = (char)('a' + i % 26);
        return c.AsSpan(1);
    }

    static int Main()
    {
        int n = s_size;
        Span<int> ints = IntSpan(n);
        Span<Node> nodes = NodeSpan(n);
        Span<Item> items = ItemSpan(n);
        ReadOnlySpan<char> chars = Chars(n);
        long total = Churn(s_churn);
        if (ints.Length != n / 2 || ints[0] != n / 4 + 1 || ints[ints.Length - 1] != n / 4 + n / 2)
            return 1;
        for (int i = 0; i < nodes.Length; i++)
        {
            Node nd = nodes[i];
            if (nd.Id != n - 100 + i)
                return 2;
            // The chain below the span's window is reachable only through the nodes in it.
            int depth = 0;
            for (Node p = nd; p != null; p = p.Next)
                depth++;
            if (depth != nd.Id + 1)
                return 3;
        }
        for (int i = 0; i < items.Length; i++)
        {
            if (items[i].Weight != i || items[i].Node.Id != -i)
                return 4;
        }
        if (chars.Length != n - 1 || chars[0] != 'b' || chars[25] != 'a')
            return 5;
        // Slices taken and the originals reassigned.
        Span<Item> tail = items.Slice(n - 10);
        Span<Node> firstTen = nodes.Slice(0, 10);
        items = default;
        nodes = Span<Node>.Empty;
        total += Churn(s_churn);
        for (int i = 0; i < 10; i++)
        {
            if (tail[i].Node.Id != -(n - 10 + i) || firstTen[i].Id != n - 100 + i)
                return 6;
        }
        // Writes through spans, then copies between spans.
        for (int i = 0; i < tail.Length; i++)
        {
            tail[i].Node = new Node { Id = 1000 + i };
            tail[i].Weight = 2000 + i;
        }
        firstTen[3] = new Node { Id = 77, Next = firstTen[4] };
        Span<int> other = new int[ints.Length];
        ints.CopyTo(other);
        ints.Fill(-1);
        total += Churn(s_churn);
        for (int i = 0; i < tail.Length; i++)
        {
            if (tail[i].Node.Id != 1000 + i || tail[i].Weight != 2000 + i)
                return 7;
        }
        if (firstTen[3].Id != 77 || firstTen[3].Next.Id != n - 96)
            return 8;
        for (int i = 0; i < other.Length; i++)
        {
            if (other[i] != n / 4 + 1 + i || ints[i] != -1)
                return 9;
        }
        // A span over stack memory next to spans over the heap.
        Span<int> local = stackalloc int[64];
        for (int i = 0; i < local.Length; i++)
            local[i] = other[i];
        total += Churn(s_churn / 4);
        if (local[63] != other[63] || chars[chars.Length - 1] != (char)('a' + (n - 1) % 26))
            return 10;
        return total > 0 ? 100 : 11;
    }
}
