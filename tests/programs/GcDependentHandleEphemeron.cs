// DependentHandle (an ephemeron): its dependent lives as long as its target does, whatever else refers to the
// target, and does not keep the target alive, even when the dependent refers back to the target.
using System;
using System.Runtime;
using System.Runtime.CompilerServices;

static class Program
{
    sealed class Node
    {
        public int Value;
        public Node Other;
        public Node(int value) { Value = value; }
    }

    static Node s_key;
    static int s_rounds = 20_000;

    [MethodImpl(MethodImplOptions.NoInlining)]
    static DependentHandle MakeKept(out WeakReference<Node> dependent)
    {
        s_key = new Node(1);
        Node value = new Node(2);
        dependent = new WeakReference<Node>(value);
        return new DependentHandle(s_key, value);
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    static DependentHandle MakeCycle(out WeakReference<Node> key, out WeakReference<Node> dependent)
    {
        Node k = new Node(3);
        Node v = new Node(4) { Other = k };
        key = new WeakReference<Node>(k);
        dependent = new WeakReference<Node>(v);
        return new DependentHandle(k, v);
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    static long Churn(int rounds)
    {
        long sum = 0;
        for (int i = 0; i < rounds; i++)
            sum += new Node(i).Value;
        return sum;
    }

    // The checks run in methods of their own, so that no local of Main's still refers to what they expect to be
    // collected (CoreCLR may report a Main local as live to its end; a conservative stack scan would too).
    [MethodImpl(MethodImplOptions.NoInlining)]
    static int CheckWhileKeyLives(DependentHandle kept, WeakReference<Node> keptDependent, DependentHandle cycle,
        WeakReference<Node> cycleKey, WeakReference<Node> cycleDependent)
    {
        GC.Collect();
        if (!keptDependent.TryGetTarget(out Node d) || d.Value != 2)
            return 1;
        if (kept.Target != s_key || ((Node)kept.Dependent).Value != 2)
            return 2;
        if (cycleKey.TryGetTarget(out _))
            return 3;
        if (cycleDependent.TryGetTarget(out _))
            return 4;
        if (cycle.Target != null || cycle.Dependent != null)
            return 5;
        return 0;
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    static int CheckAfterKeyDies(DependentHandle kept, WeakReference<Node> keptDependent)
    {
        s_key = null;
        Churn(s_rounds);
        GC.Collect();
        if (kept.Target != null || kept.Dependent != null)
            return 6;
        if (keptDependent.TryGetTarget(out _))
            return 7;
        return 0;
    }

    static int Main()
    {
        DependentHandle kept = MakeKept(out WeakReference<Node> keptDependent);
        DependentHandle cycle = MakeCycle(out WeakReference<Node> cycleKey, out WeakReference<Node> cycleDependent);
        long sum = Churn(s_rounds);
        int failed = CheckWhileKeyLives(kept, keptDependent, cycle, cycleKey, cycleDependent);
        if (failed != 0)
            return failed;
        failed = CheckAfterKeyDies(kept, keptDependent);
        if (failed != 0)
            return failed;
        kept.Dispose();
        cycle.Dispose();
        return sum > 0 ? 100 : 8;
    }
}
