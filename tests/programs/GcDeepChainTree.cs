// A tree with a spine thousands of levels deep (each spine node also has a side leaf that points back up to it,
// the spine turning left or right by a pattern) survives collections while garbage is made; every level must be
// found again in order, with its leaf and back pointer, by iterative walks down and back up; and a chain built
// by recursion thousands of frames deep, each frame holding a node across the deeper calls, must be complete.
using System;
using System.Runtime.CompilerServices;

static class Program
{
    sealed class TreeNode
    {
        public TreeNode Left;
        public TreeNode Right;
        public TreeNode Parent;
        public int Depth;
        public int[] Data;
    }

    static int s_depth = 7000;

    [MethodImpl(MethodImplOptions.NoInlining)]
    static long Ballast(int rounds)
    {
        long sum = 0;
        for (int i = 0; i < rounds; i++)
        {
            TreeNode t = new TreeNode { Depth = i, Left = new TreeNode(), Right = new TreeNode() };
            t.Left.Parent = t;
            t.Right.Parent = t;
            sum += t.Left.Parent.Depth;
            if (i % 8 == 0)
            {
                byte[] b = new byte[600_000];
                b[i % 1000] = 1;
                sum += b.Length;
            }
        }
        return sum;
    }

    static bool SpineGoesLeft(int depth) => (depth / 3) % 2 == 0;

    static int s_recursionDepth = 3000;

    // Thousands of frames deep, each holding a node made before the recursive call and allocating another after
    // it: the collector must find the held nodes in every frame of a deep shadow stack.
    [MethodImpl(MethodImplOptions.NoInlining)]
    static TreeNode BuildRecursive(int depth)
    {
        TreeNode before = new TreeNode { Depth = depth };
        if (depth == s_recursionDepth)
            return before;
        TreeNode child = BuildRecursive(depth + 1);
        TreeNode after = new TreeNode { Depth = -depth, Parent = before, Data = new int[] { depth } };
        before.Left = child;
        before.Right = after;
        child.Parent = before;
        if (depth % 100 == 0)
            Ballast(2);
        return before;
    }

    static long s_ballast;

    [MethodImpl(MethodImplOptions.NoInlining)]
    static int Spine()
    {
        TreeNode root = new TreeNode { Depth = 0 };
        TreeNode at = root;
        for (int d = 1; d <= s_depth; d++)
        {
            TreeNode spine = new TreeNode { Depth = d, Parent = at };
            TreeNode leaf = new TreeNode { Depth = -d, Parent = at };
            if (d % 8 == 0)
                leaf.Data = new int[] { d, d * 2 };
            if (SpineGoesLeft(d))
            {
                at.Left = spine;
                at.Right = leaf;
            }
            else
            {
                at.Right = spine;
                at.Left = leaf;
            }
            at = spine;
            if (d % 500 == 0)
                Ballast(10);
        }
        TreeNode deepest = at;
        at = null;
        long ballast = Ballast(1000);
        // Walk down.
        TreeNode n = root;
        for (int d = 1; d <= s_depth; d++)
        {
            TreeNode spine = SpineGoesLeft(d) ? n.Left : n.Right;
            TreeNode leaf = SpineGoesLeft(d) ? n.Right : n.Left;
            if (spine == null || leaf == null)
                return 1;
            if (spine.Depth != d || spine.Parent != n)
                return 2;
            if (leaf.Depth != -d || leaf.Parent != n || leaf.Left != null || leaf.Right != null)
                return 3;
            if (d % 8 == 0)
            {
                if (leaf.Data == null || leaf.Data[0] != d || leaf.Data[1] != d * 2)
                    return 4;
            }
            else if (leaf.Data != null)
            {
                return 5;
            }
            n = spine;
        }
        if (n != deepest || n.Left != null || n.Right != null)
            return 6;
        // Cut the tree in the middle; hold only the lower half through its top, and walk up from the bottom.
        TreeNode middle = root;
        for (int d = 1; d <= s_depth / 2; d++)
            middle = SpineGoesLeft(d) ? middle.Left : middle.Right;
        root = null;
        middle.Parent = null;
        ballast += Ballast(1000);
        int depth = s_depth;
        for (TreeNode p = deepest; p != null; p = p.Parent, depth--)
        {
            if (p.Depth != depth)
                return 7;
        }
        if (depth != s_depth / 2 - 1)
            return 8;
        s_ballast = ballast;
        return 0;
    }

    static int Main()
    {
        int spine = Spine();
        if (spine != 0)
            return spine;
        TreeNode top = BuildRecursive(0);
        long ballast = s_ballast + Ballast(200);
        int level = 0;
        for (TreeNode p = top; p != null; p = p.Left, level++)
        {
            if (p.Depth != level || (level > 0 && p.Parent.Depth != level - 1))
                return 10;
            if (level < s_recursionDepth && (p.Right.Depth != -level || p.Right.Parent != p || p.Right.Data[0] != level))
                return 11;
        }
        if (level != s_recursionDepth + 1)
            return 12;
        return ballast > 0 ? 100 : 9;
    }
}
