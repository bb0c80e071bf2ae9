// Checks == and != on single-cast delegates (Delegate.op_Equality and op_Inequality): the same static method is equal, the same instance method on the same target is equal and on another target not, different methods differ, a delegate equals itself, null comparisons, and Equals between delegate objects.
using System;

sealed class Node
{
    public int V;
    public int Get() => V;
    public int Twice() => V * 2;
}

static class Program
{
    static int s_v = 5;
    static int A() => 1;
    static int B() => 2;
    static Func<int> s_null = null;

    static bool Same(Func<int> x, Func<int> y) => x == y;
    static bool Differ(Func<int> x, Func<int> y) => x != y;

    static int Main()
    {
        Func<int> a1 = A, a2 = A, b1 = B;
        if (!Same(a1, a2)) return 1;
        if (Same(a1, b1) || !Differ(a1, b1)) return 2;
        if (!Same(a1, a1)) return 3;

        var n1 = new Node { V = s_v };
        var n2 = new Node { V = s_v };
        Func<int> g1 = n1.Get, g1b = n1.Get, g2 = n2.Get, t1 = n1.Twice;
        if (!Same(g1, g1b)) return 4;
        if (Same(g1, g2)) return 5;
        if (Same(g1, t1)) return 6;
        if (g1() != g2()) return 7;

        if (Same(a1, s_null) || !Differ(s_null, b1)) return 8;
        if (!Same(s_null, null)) return 9;

        if (!a1.Equals(a2) || a1.Equals(b1) || g1.Equals(g2)) return 10;
        object boxed = g1b;
        if (!g1.Equals(boxed)) return 11;

        // Two lambdas with the same body are different methods.
        Func<int> l1 = () => s_v, l2 = () => s_v;
        if (Same(l1, l2)) return 12;
        // A delegate made from another delegate's Invoke is a different delegate.
        Func<int> wrapped = a1.Invoke;
        if (Same(wrapped, a1) || wrapped() != 1) return 13;
        return 100;
    }
}
