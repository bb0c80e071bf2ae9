// Checks a NullReferenceException from a null field access 200 frames deep escapes Main through non-matching catches at every level; expects unhandled NullReferenceException.
using System;
class Node { public Node Next; public int V; }
class P {
    static int Walk(Node n, int depth) {
        try { if (depth == 0) return n.V; return Walk(n.Next, depth - 1) + 1; }
        catch (InvalidCastException) { return -1; }
    }
    static int Main() {
        Node head = null;
        for (int i = 0; i < 200; i++) head = new Node { Next = head, V = i };
        if (Walk(head, 199) != 199) return 1;
        return Walk(head, 200);
    }
}
