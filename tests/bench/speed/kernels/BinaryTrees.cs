// The Benchmarks Game's binary-trees at depth 16: allocation of many small objects, recursion over them.
namespace Kernels;

public static class BinaryTrees
{
    sealed class Node
    {
        public Node? Left, Right;
        public Node(Node? left, Node? right) { Left = left; Right = right; }
    }

    static Node Build(int depth) => depth == 0 ? new Node(null, null) : new Node(Build(depth - 1), Build(depth - 1));

    static int Check(Node node) => node.Left == null ? 1 : 1 + Check(node.Left) + Check(node.Right!);

    public static int Main() => Run(16);

    /// <summary>The benchmark at `maxDepth` (BinaryTrees18.cs runs it at 18).</summary>
    public static int Run(int maxDepth)
    {
        const int MinDepth = 4;
        int checksum = Check(Build(maxDepth + 1));
        Node longLived = Build(maxDepth);
        for (int depth = MinDepth; depth <= maxDepth; depth += 2)
        {
            int iterations = 1 << (maxDepth - depth + MinDepth);
            int check = 0;
            for (int i = 0; i < iterations; i++)
                check += Check(Build(depth));
            checksum = checksum * 31 + check;
        }
        checksum = checksum * 31 + Check(longLived);
        return checksum & 0xFF;
    }
}
