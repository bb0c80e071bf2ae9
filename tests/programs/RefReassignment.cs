// Checks ref locals re-pointed with ref reassignment: walking an array with a ref local, switching a ref between two locals and two fields, a ref readonly local that sees later writes, and ref locals to elements of a jagged array.
class Node { public int Value; public Node Next; }

static class Program
{
    static int s_a = 1, s_b = 2;
    static int s_n = 6;

    static int Main()
    {
        int[] arr = new int[s_n];
        ref int cur = ref arr[0];
        for (int i = 0; i < arr.Length; i++)
        {
            cur = ref arr[i];
            cur = i * 10;
        }
        if (arr[5] != 50 || cur != 50) return 1;
        cur = ref arr[2];
        cur++;
        if (arr[2] != 21) return 2;
        int x = 1, y = 2;
        ref int r = ref x;
        r = 10;
        r = ref y;
        r = 20;
        if (x != 10 || y != 20) return 3;
        ref int sf = ref s_a;
        sf += 5;
        sf = ref s_b;
        sf += 5;
        if (s_a != 6 || s_b != 7) return 4;
        scoped ref readonly int view = ref arr[3];
        arr[3] = -3;
        if (view != -3) return 5;
        view = ref x;
        x = 77;
        if (view != 77) return 6;
        Node head = new Node { Value = 1, Next = new Node { Value = 2, Next = new Node { Value = 3 } } };
        ref int last = ref head.Value;
        for (Node n = head; n != null; n = n.Next) { last = ref n.Value; last *= 2; }
        last = 100;
        if (head.Value != 2 || head.Next.Value != 4 || head.Next.Next.Value != 100) return 7;
        int[][] jag = { new int[2], new int[3] };
        ref int j = ref jag[1][2];
        j = 5;
        j = ref jag[0][1];
        j = 6;
        if (jag[1][2] != 5 || jag[0][1] != 6) return 8;
        int total = 0;
        ref int acc = ref total;
        for (int i = 0; i < arr.Length; i++) acc += arr[i];
        if (total != 0 + 10 + 21 - 3 + 40 + 50) return 9;
        return 100;
    }
}
