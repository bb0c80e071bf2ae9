// A long singly linked list (tens of thousands of nodes, each with a string and an array) survives many
// collections while it grows, is reversed in place, and has every other node unlinked; its order, values and
// length must be exactly right at each step.
using System;
using System.Runtime.CompilerServices;

static class Program
{
    sealed class Node
    {
        public Node Next;
        public int Value;
        public string Tag;
        public short[] Small;
    }

    static int s_length = 20_000;
    static string[] s_tags = { "zero", "one", "two", "three", "four" };

    [MethodImpl(MethodImplOptions.NoInlining)]
    static long Ballast(int n)
    {
        long sum = 0;
        for (int i = 0; i < n; i++)
        {
            int[] big = new int[65536 + i % 100];
            big[i % 100] = i;
            sum += big.Length + big[i % 100];
        }
        return sum;
    }

    static int Main()
    {
        int n = s_length;
        Node head = null;
        Node tail = null;
        for (int i = 0; i < n; i++)
        {
            // Appended at the tail: the list grows while only head and tail are held directly.
            Node node = new Node { Value = i, Tag = s_tags[i % 5] };
            if (i % 4 == 0)
                node.Small = new short[] { (short)i, (short)(i >> 16) };
            if (tail == null)
                head = node;
            else
                tail.Next = node;
            tail = node;
            if (i % 1000 == 999)
                Ballast(4);
        }
        tail = null;
        long ballast = Ballast(200);
        int count = 0;
        for (Node p = head; p != null; p = p.Next, count++)
        {
            if (p.Value != count)
                return 1;
            if (p.Tag != s_tags[count % 5])
                return 2;
            if (count % 4 == 0)
            {
                if (p.Small == null || p.Small[0] != (short)count || p.Small[1] != (short)(count >> 16))
                    return 3;
            }
            else if (p.Small != null)
            {
                return 4;
            }
        }
        if (count != n)
            return 5;
        // Reverse in place.
        Node prev = null;
        Node cur = head;
        while (cur != null)
        {
            Node next = cur.Next;
            cur.Next = prev;
            prev = cur;
            cur = next;
        }
        head = prev;
        ballast += Ballast(200);
        int expected = n - 1;
        for (Node p = head; p != null; p = p.Next, expected--)
        {
            if (p.Value != expected)
                return 6;
        }
        if (expected != -1)
            return 7;
        // Unlink every other node.
        for (Node p = head; p != null && p.Next != null; p = p.Next)
            p.Next = p.Next.Next;
        ballast += Ballast(200);
        expected = n - 1;
        count = 0;
        for (Node p = head; p != null; p = p.Next, expected -= 2, count++)
        {
            if (p.Value != expected || p.Tag != s_tags[expected % 5])
                return 8;
        }
        if (count != (n + 1) / 2)
            return 9;
        return ballast > 0 ? 100 : 10;
    }
}
