// Binary trees are built bottom-up and top-down, checked (node counts and item sums) and dropped, many times over,
// while a long-lived tree and a tree held only through an array of its subtrees must stay exactly as built.
using System;
using System.Runtime.CompilerServices;

static class Program
{
    sealed class TreeNode
    {
        public TreeNode Left;
        public TreeNode Right;
        public int Item;

        public TreeNode(TreeNode left, TreeNode right, int item)
        {
            Left = left;
            Right = right;
            Item = item;
        }
    }

    static int s_longLivedDepth = 10;
    static int s_maxDepth = 8;
    static int s_iterationsScale = 32;

    static TreeNode BottomUp(int item, int depth)
    {
        if (depth == 0)
            return new TreeNode(null, null, item);
        // Both subtrees are built before the parent exists: the left one is held only by this frame meanwhile.
        return new TreeNode(BottomUp(2 * item - 1, depth - 1), BottomUp(2 * item, depth - 1), item);
    }

    static TreeNode TopDown(int item, int depth)
    {
        TreeNode n = new TreeNode(null, null, item);
        if (depth > 0)
        {
            n.Left = TopDown(2 * item - 1, depth - 1);
            n.Right = TopDown(2 * item, depth - 1);
        }
        return n;
    }

    static int Count(TreeNode n) => n == null ? 0 : 1 + Count(n.Left) + Count(n.Right);

    static long ItemCheck(TreeNode n) => n.Left == null ? n.Item : n.Item + ItemCheck(n.Left) - ItemCheck(n.Right);

    static long Expected(int item, int depth) =>
        depth == 0 ? item : item + Expected(2 * item - 1, depth - 1) - Expected(2 * item, depth - 1);

    [MethodImpl(MethodImplOptions.NoInlining)]
    static int Ballast(int i)
    {
        byte[] b = new byte[320_000 + i % 64];
        b[i % 64] = (byte)i;
        return b.Length + b[i % 64];
    }

    static int Main()
    {
        TreeNode longLived = BottomUp(0, s_longLivedDepth);
        long longLivedCheck = Expected(0, s_longLivedDepth);
        TreeNode[] pieces = new TreeNode[8];
        for (int i = 0; i < pieces.Length; i++)
            pieces[i] = TopDown(i + 1, 6);
        long ballast = 0;
        for (int depth = 4; depth <= s_maxDepth; depth += 2)
        {
            int iterations = s_iterationsScale << ((s_maxDepth - depth) / 2);
            for (int i = 1; i <= iterations; i++)
            {
                TreeNode a = BottomUp(i, depth);
                TreeNode b = TopDown(-i, depth);
                ballast += Ballast(i);
                if (ItemCheck(a) != Expected(i, depth))
                    return 1;
                if (ItemCheck(b) != Expected(-i, depth))
                    return 2;
                if (i % 16 == 0 && (Count(a) != (2 << depth) - 1 || Count(b) != (2 << depth) - 1))
                    return 3;
            }
            if (ItemCheck(longLived) != longLivedCheck)
                return 4;
        }
        if (Count(longLived) != (2 << s_longLivedDepth) - 1)
            return 5;
        for (int i = 0; i < pieces.Length; i++)
        {
            if (Count(pieces[i]) != 127)
                return 6;
            if (ItemCheck(pieces[i]) != Expected(i + 1, 6))
                return 7;
        }
        // Graft the pieces into the long-lived tree's leaves, drop the array, check again.
        TreeNode leaf = longLived;
        while (leaf.Left != null)
            leaf = leaf.Left;
        for (int i = 0; i < pieces.Length; i += 2)
        {
            TreeNode graft = new TreeNode(pieces[i], pieces[i + 1], 0);
            leaf.Left = graft;
            leaf.Right = graft;
            leaf = graft.Left;
            while (leaf.Left != null)
                leaf = leaf.Left;
        }
        pieces = null;
        for (int i = 0; i < 300; i++)
            ballast += Ballast(i);
        TreeNode walk = longLived;
        int grafts = 0;
        while (walk.Left != null)
        {
            if (walk.Left == walk.Right)
            {
                TreeNode g = walk.Left;
                if (g.Item != 0 || Count(g.Right) != 127 || ItemCheck(g.Right) != Expected(2 * grafts + 2, 6))
                    return 8;
                grafts++;
            }
            walk = walk.Left;
        }
        if (grafts != 4)
            return 9;
        if (ItemCheck(longLived.Right) != Expected(0, s_longLivedDepth - 1))
            return 10;
        return ballast > 0 ? 100 : 11;
    }
}
