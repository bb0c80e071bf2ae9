// Allocates more than 4 GiB over the program's life (wasm32's whole address space) while a linked list of survivors
// and an array of references stay reachable; their contents must be intact at the end.
using System;

static class Program
{
    sealed class Node
    {
        public int Value;
        public Node Next;
        public int[] Payload;
    }

    static int s_rounds = 5200;
    static int s_chunk = 1 << 20;

    static char[] MakeText(int length)
    {
        char[] text = new char[length];
        for (int i = 0; i < text.Length; i++)
            text[i] = 'x';
        return text;
    }

    static int Main()
    {
        Node head = null;
        for (int i = 0; i < 1000; i++)
            head = new Node { Value = i, Next = head, Payload = new[] { i, i * 2, i * 3 } };
        object[] kept = new object[32];
        long garbage = 0;
        for (int r = 0; r < s_rounds; r++)
        {
            byte[] chunk = new byte[s_chunk];
            chunk[r % s_chunk] = (byte)r;
            garbage += chunk.Length;
            if (r % 97 == 0)
                kept[(r / 97) % kept.Length] = MakeText(r % 50 + 1);
        }
        if (garbage < (1L << 32) + (1L << 30))
            return 1;
        int expected = 999;
        for (Node n = head; n != null; n = n.Next, expected--)
        {
            if (n.Value != expected)
                return 2;
            if (n.Payload.Length != 3 || n.Payload[0] != expected || n.Payload[1] != expected * 2 || n.Payload[2] != expected * 3)
                return 3;
        }
        if (expected != -1)
            return 4;
        for (int i = 0; i < kept.Length; i++)
        {
            if (kept[i] is not char[] s || s.Length == 0 || s[0] != 'x' || s[s.Length - 1] != 'x')
                return 5;
        }
        return 100;
    }
}
