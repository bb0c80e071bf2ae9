// Checks a hand-written singly linked list of objects: push, append, length, sum, in-place reversal, removal of matching nodes, and the k-th element from the end.
class Node
{
    public int Value;
    public Node Next;

    public Node(int value, Node next)
    {
        Value = value;
        Next = next;
    }
}

class IntList
{
    Node _head;
    int _count;

    public int Count { get { return _count; } }
    public Node Head { get { return _head; } }

    public void Push(int v)
    {
        _head = new Node(v, _head);
        _count++;
    }

    public void Append(int v)
    {
        Node n = new Node(v, null);
        if (_head == null) { _head = n; }
        else
        {
            Node t = _head;
            while (t.Next != null) t = t.Next;
            t.Next = n;
        }
        _count++;
    }

    public long Sum()
    {
        long s = 0;
        for (Node n = _head; n != null; n = n.Next) s += n.Value;
        return s;
    }

    public void Reverse()
    {
        Node prev = null;
        Node cur = _head;
        while (cur != null)
        {
            Node next = cur.Next;
            cur.Next = prev;
            prev = cur;
            cur = next;
        }
        _head = prev;
    }

    public int RemoveAll(int divisor)
    {
        int removed = 0;
        while (_head != null && _head.Value % divisor == 0) { _head = _head.Next; removed++; }
        for (Node n = _head; n != null && n.Next != null;)
        {
            if (n.Next.Value % divisor == 0) { n.Next = n.Next.Next; removed++; }
            else n = n.Next;
        }
        _count -= removed;
        return removed;
    }

    public int FromEnd(int k)
    {
        Node lead = _head;
        for (int i = 0; i < k; i++) lead = lead.Next;
        Node trail = _head;
        while (lead.Next != null) { lead = lead.Next; trail = trail.Next; }
        return trail.Value;
    }
}

static class Program
{
    static int s_n = 20;

    static int Main()
    {
        IntList list = new IntList();
        for (int i = 1; i <= s_n; i++) list.Push(i);
        if (list.Count != 20 || list.Head.Value != 20) return 1;
        if (list.Sum() != 210) return 2;
        list.Reverse();
        if (list.Head.Value != 1 || list.Head.Next.Value != 2) return 3;
        int expect = 1;
        for (Node n = list.Head; n != null; n = n.Next)
        {
            if (n.Value != expect) return 4;
            expect++;
        }
        if (expect != 21) return 5;
        if (list.RemoveAll(3) != 6 || list.Count != 14) return 6;
        if (list.Sum() != 210 - 63) return 7;
        if (list.FromEnd(0) != 20 || list.FromEnd(1) != 19 || list.FromEnd(2) != 17) return 8;
        list.Append(-5);
        if (list.FromEnd(0) != -5 || list.Count != 15) return 9;
        IntList empty = new IntList();
        empty.Reverse();
        if (empty.Head != null || empty.Sum() != 0) return 10;
        empty.Append(9);
        if (empty.Head.Value != 9 || empty.Head.Next != null) return 11;
        return 100;
    }
}
