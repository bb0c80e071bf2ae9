// Checks a hand-written generic doubly linked list with a nested generic node class: add at both ends, insert after a node, remove, walk both ways, and instantiations over int, string and a struct with a reference.
class DList<T>
{
    public class Node
    {
        public T Value;
        public Node Prev, Next;
    }

    public Node First, Last;
    public int Count;

    public Node AddLast(T v)
    {
        Node n = new Node { Value = v, Prev = Last };
        if (Last == null) First = n; else Last.Next = n;
        Last = n;
        Count++;
        return n;
    }

    public Node AddFirst(T v)
    {
        Node n = new Node { Value = v, Next = First };
        if (First == null) Last = n; else First.Prev = n;
        First = n;
        Count++;
        return n;
    }

    public Node InsertAfter(Node at, T v)
    {
        if (at == Last) return AddLast(v);
        Node n = new Node { Value = v, Prev = at, Next = at.Next };
        at.Next.Prev = n;
        at.Next = n;
        Count++;
        return n;
    }

    public void Remove(Node n)
    {
        if (n.Prev == null) First = n.Next; else n.Prev.Next = n.Next;
        if (n.Next == null) Last = n.Prev; else n.Next.Prev = n.Prev;
        Count--;
    }

    public T[] ToArray(bool backwards)
    {
        T[] r = new T[Count];
        int i = 0;
        if (!backwards) for (Node n = First; n != null; n = n.Next) r[i++] = n.Value;
        else for (Node n = Last; n != null; n = n.Prev) r[i++] = n.Value;
        return r;
    }
}

struct Tagged { public int Id; public string Tag; }

static class Program
{
    static int s_n = 6;

    static int Main()
    {
        DList<int> ints = new DList<int>();
        DList<int>.Node mid = null;
        for (int i = 1; i <= s_n; i++) { DList<int>.Node n = ints.AddLast(i); if (i == 3) mid = n; }
        ints.AddFirst(0);
        ints.InsertAfter(mid, 33);
        ints.Remove(ints.First.Next);
        ints.Remove(ints.Last);
        int[] fw = ints.ToArray(false);
        int[] bw = ints.ToArray(true);
        int[] expect = { 0, 2, 3, 33, 4, 5 };
        if (fw.Length != 6 || ints.Count != 6) return 1;
        for (int i = 0; i < expect.Length; i++)
        {
            if (fw[i] != expect[i]) return 2;
            if (bw[bw.Length - 1 - i] != expect[i]) return 3;
        }
        DList<string> strs = new DList<string>();
        DList<string>.Node only = strs.AddFirst("only");
        strs.Remove(only);
        if (strs.First != null || strs.Last != null || strs.Count != 0) return 4;
        strs.AddLast("b");
        strs.AddFirst("a");
        strs.InsertAfter(strs.Last, "c");
        string[] s = strs.ToArray(true);
        if (s[0] + s[1] + s[2] != "cba") return 5;
        DList<Tagged> tags = new DList<Tagged>();
        DList<Tagged>.Node t = tags.AddLast(new Tagged { Id = 1, Tag = "x" });
        t.Value.Id = 5;
        if (tags.First.Value.Id != 5 || tags.ToArray(false)[0].Tag != "x") return 6;
        return 100;
    }
}
