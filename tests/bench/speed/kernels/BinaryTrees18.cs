// The Benchmarks Game's binary-trees at depth 18: four times the objects of depth 16, and a long-lived tree of 2^19
// nodes that every collection traces. The code is BinaryTrees.cs's.
// uses: BinaryTrees.cs
namespace Kernels;

public static class BinaryTrees18
{
    public static int Main() => BinaryTrees.Run(18);
}
