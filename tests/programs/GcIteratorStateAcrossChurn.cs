// Iterators (yield return) keep their state (locals holding references, the collection they walk, nested
// iterators they pull from) in compiler-made objects that only the enumerator holds; advancing them between bursts
// of allocation, and interleaving several, must produce exactly the sequences they would produce without collections.
using System;
using System.Collections.Generic;
using System.Runtime.CompilerServices;

static class Program
{
    sealed class Node
    {
        public int Value;
        public Node Next;
        public string Label;
    }

    static int s_length = 400;
    static string[] s_labels = { "a", "b", "c" };

    [MethodImpl(MethodImplOptions.NoInlining)]
    static long Churn(int n)
    {
        long s = 0;
        for (int i = 0; i < n; i++)
        {
            Node g = new Node { Value = i };
            s += g.Value;
        }
        float[] big = new float[(n & 7) * 16000 + 16000];
        return s + big.Length;
    }

    static IEnumerable<Node> BuildAndWalk(int count)
    {
        // The list exists only inside the iterator's state.
        Node head = null;
        for (int i = count - 1; i >= 0; i--)
            head = new Node { Value = i, Next = head, Label = s_labels[i % 3] };
        for (Node p = head; p != null; p = p.Next)
            yield return p;
    }

    static IEnumerable<string> Labels(IEnumerable<Node> source)
    {
        string previous = "start";
        foreach (Node n in source)
        {
            string current = string.Concat(previous.Length > 6 ? "" : previous, n.Label);
            previous = current;
            yield return current;
        }
    }

    static IEnumerable<int[]> Arrays(int count)
    {
        int[] shared = new int[] { -1 };
        for (int i = 0; i < count; i++)
        {
            int[] fresh = new int[] { i, shared[0] };
            shared = fresh;
            yield return fresh;
        }
    }

    static IEnumerator<object> Mixed(int count)
    {
        object[] window = new object[4];
        for (int i = 0; i < count; i++)
        {
            window[i % 4] = (i % 2 == 0) ? new Node { Value = i } : (object)new int[] { i };
            yield return window[(i + 3) % 4];
        }
    }

    static int Main()
    {
        int n = s_length;
        long total = 0;
        IEnumerator<Node> walk = BuildAndWalk(n).GetEnumerator();
        IEnumerator<string> labels = Labels(BuildAndWalk(n)).GetEnumerator();
        IEnumerator<int[]> arrays = Arrays(n).GetEnumerator();
        IEnumerator<object> mixed = Mixed(n);
        string expectedPrevious = "start";
        for (int i = 0; i < n; i++)
        {
            total += Churn(20 + i % 9);
            if (!walk.MoveNext())
                return 1;
            Node node = walk.Current;
            if (node.Value != i || node.Label != s_labels[i % 3])
                return 2;
            if (i + 1 < n && (node.Next == null || node.Next.Value != i + 1))
                return 3;
            total += Churn(10);
            if (!labels.MoveNext())
                return 4;
            string expected = string.Concat(expectedPrevious.Length > 6 ? "" : expectedPrevious, s_labels[i % 3]);
            if (labels.Current != expected)
                return 5;
            expectedPrevious = expected;
            if (!arrays.MoveNext())
                return 6;
            int[] a = arrays.Current;
            if (a[0] != i || a[1] != i - 1)
                return 7;
            if (!mixed.MoveNext())
                return 8;
            object m = mixed.Current;
            int back = i - 1;
            if (i == 0 ? m != null : ((back % 2 == 0) ? !(m is Node mn && mn.Value == back) : !(m is int[] ma && ma[0] == back)))
                return 9;
        }
        if (walk.MoveNext() || labels.MoveNext() || arrays.MoveNext() || mixed.MoveNext())
            return 10;
        walk.Dispose();
        labels.Dispose();
        arrays.Dispose();
        mixed.Dispose();
        // foreach over an iterator, allocating in the loop body.
        int count = 0;
        long sum = 0;
        foreach (Node p in BuildAndWalk(n))
        {
            total += Churn(15);
            sum += p.Value;
            count++;
        }
        if (count != n || sum != (long)n * (n - 1) / 2)
            return 11;
        return total > 0 ? 100 : 12;
    }
}
