// Checks pointer-based linked structures in stackalloc'd memory: a binary search tree of nodes allocated from a stackalloc'd pool (insert, lookup, height), an in-order walk with an explicit stack of node pointers, a doubly linked list threaded through the same nodes, and unlinking a node by pointer. Needs -unsafe.
unsafe struct Node
{
    public int Key;
    public Node* Left, Right;
    public Node* Prev, Next;
}

static unsafe class Program
{
    static int[] s_keys = { 50, 30, 70, 20, 40, 60, 80, 35, 45, 65 };

    static Node* Insert(Node* root, Node* n)
    {
        if (root == null) return n;
        Node* cur = root;
        while (true)
        {
            if (n->Key < cur->Key)
            {
                if (cur->Left == null) { cur->Left = n; break; }
                cur = cur->Left;
            }
            else
            {
                if (cur->Right == null) { cur->Right = n; break; }
                cur = cur->Right;
            }
        }
        return root;
    }

    static Node* Find(Node* root, int key)
    {
        while (root != null && root->Key != key) root = key < root->Key ? root->Left : root->Right;
        return root;
    }

    static int Height(Node* n) => n == null ? 0 : 1 + Max(Height(n->Left), Height(n->Right));
    static int Max(int a, int b) => a > b ? a : b;

    static int Main()
    {
        int[] keys = s_keys;
        Node* pool = stackalloc Node[keys.Length];
        Node* root = null;
        for (int i = 0; i < keys.Length; i++)
        {
            pool[i].Key = keys[i];
            root = Insert(root, &pool[i]);
        }
        if (root != pool || root->Left->Key != 30 || root->Right->Left->Key != 60) return 1;
        if (Height(root) != 4) return 2;
        Node* f = Find(root, 45);
        if (f == null || f != pool + 8 || Find(root, 46) != null) return 3;

        // In-order walk with an explicit stack, threading a doubly linked list in key order.
        Node** stack = stackalloc Node*[keys.Length];
        int sp = 0;
        Node* cur = root;
        Node* prev = null;
        Node* head = null;
        int count = 0;
        int lastKey = int.MinValue;
        while (cur != null || sp > 0)
        {
            while (cur != null) { stack[sp++] = cur; cur = cur->Left; }
            cur = stack[--sp];
            if (cur->Key <= lastKey) return 4;
            lastKey = cur->Key;
            cur->Prev = prev;
            if (prev != null) prev->Next = cur; else head = cur;
            prev = cur;
            count++;
            cur = cur->Right;
        }
        if (count != 10 || head->Key != 20 || prev->Key != 80) return 5;

        // Unlink 50 (the root) from the list and walk forwards and backwards.
        Node* mid = Find(root, 50);
        mid->Prev->Next = mid->Next;
        mid->Next->Prev = mid->Prev;
        int[] expected = { 20, 30, 35, 40, 45, 60, 65, 70, 80 };
        int idx = 0;
        bool inOrder = true;
        for (Node* n = head; n != null; n = n->Next) inOrder &= idx < expected.Length && n->Key == expected[idx++];
        int back = 0, steps = 0;
        for (Node* n = prev; n != null; n = n->Prev) { back += n->Key; steps++; }
        if (steps != 9 || back != 445) return 6;
        if (!inOrder || idx != 9) return 7;
        // 45's successor is now 60.
        if (Find(root, 45)->Next->Key != 60 || Find(root, 60)->Prev->Key != 45) return 8;
        // Pointer differences give pool indices.
        if (Find(root, 65) - pool != 9 || (int)(Find(root, 20) - pool) != 3) return 9;
        return 100;
    }
}
