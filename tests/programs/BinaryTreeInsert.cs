// Checks a hand-written binary search tree of objects: insertion from a pseudo-random sequence, duplicates ignored, in-order walk into an array, height, lookups, min/max.
class TreeNode
{
    public int Key;
    public TreeNode Left;
    public TreeNode Right;
}

class Tree
{
    public TreeNode Root;
    public int Size;

    public bool Insert(int key)
    {
        TreeNode parent = null;
        TreeNode cur = Root;
        while (cur != null)
        {
            if (key == cur.Key) return false;
            parent = cur;
            cur = key < cur.Key ? cur.Left : cur.Right;
        }
        TreeNode n = new TreeNode();
        n.Key = key;
        if (parent == null) Root = n;
        else if (key < parent.Key) parent.Left = n;
        else parent.Right = n;
        Size++;
        return true;
    }

    public bool Contains(int key)
    {
        TreeNode cur = Root;
        while (cur != null)
        {
            if (key == cur.Key) return true;
            cur = key < cur.Key ? cur.Left : cur.Right;
        }
        return false;
    }

    public static int Height(TreeNode n)
    {
        if (n == null) return 0;
        int l = Height(n.Left), r = Height(n.Right);
        return 1 + (l > r ? l : r);
    }

    public static int Walk(TreeNode n, int[] into, int at)
    {
        if (n == null) return at;
        at = Walk(n.Left, into, at);
        into[at++] = n.Key;
        return Walk(n.Right, into, at);
    }
}

static class Program
{
    static uint s_state = 12345;

    static int Next()
    {
        s_state = s_state * 1103515245 + 12345;
        return (int)((s_state >> 16) % 100);
    }

    static int Main()
    {
        Tree t = new Tree();
        int inserted = 0;
        bool[] seen = new bool[100];
        for (int i = 0; i < 60; i++)
        {
            int k = Next();
            bool fresh = !seen[k];
            seen[k] = true;
            if (t.Insert(k) != fresh) return 1;
            if (fresh) inserted++;
        }
        if (t.Size != inserted) return 2;
        int[] keys = new int[t.Size];
        if (Tree.Walk(t.Root, keys, 0) != t.Size) return 3;
        for (int i = 1; i < keys.Length; i++)
            if (keys[i - 1] >= keys[i]) return 4;
        for (int k = 0; k < 100; k++)
            if (t.Contains(k) != seen[k]) return 5;
        int h = Tree.Height(t.Root);
        if (h < 6 || h > t.Size) return 6;
        TreeNode min = t.Root;
        while (min.Left != null) min = min.Left;
        TreeNode max = t.Root;
        while (max.Right != null) max = max.Right;
        if (min.Key != keys[0] || max.Key != keys[keys.Length - 1]) return 7;

        Tree line = new Tree();
        for (int i = 0; i < 10; i++) line.Insert(i);
        if (Tree.Height(line.Root) != 10 || line.Root.Left != null) return 8;
        Tree balanced = new Tree();
        int[] order = { 8, 4, 12, 2, 6, 10, 14, 1, 3, 5, 7, 9, 11, 13, 15 };
        foreach (int k in order) balanced.Insert(k);
        if (Tree.Height(balanced.Root) != 4 || balanced.Size != 15) return 9;
        return 100;
    }
}
