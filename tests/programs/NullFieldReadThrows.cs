// Expects an unhandled System.NullReferenceException from reading an instance field through a null reference picked at run time; returns 100 only if nothing is thrown.
class Node
{
    public int Value;
    public Node Next;
}

static class Program
{
    static int s_len = 3;
    static int s_sink;

    static int Main()
    {
        Node head = null;
        for (int i = 0; i < s_len; i++) head = new Node { Value = i, Next = head };
        int sum = 0;
        for (Node n = head; n != null; n = n.Next) sum += n.Value;
        if (sum != 3) return 1;
        Node past = head.Next.Next.Next;
        s_sink = past.Value;
        return 100;
    }
}
