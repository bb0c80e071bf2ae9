// Checks ref readonly returns and in parameters of large structs: a ref readonly return from an array and from a field seen to change when the storage changes, in parameters that alias the caller's variable (a write to the variable during the call is visible), defensive copies when a mutating method is called on an in parameter or a readonly field, and a readonly struct called through in without copies.
using System;

struct Big
{
    public long A, B, C, D, E, F;
    public void Bump() { A++; }
    public long Sum() => A + B + C + D + E + F;
}

readonly struct RBig
{
    public readonly long A, B, C, D;
    public RBig(long a, long b, long c, long d) { A = a; B = b; C = c; D = d; }
    public long Sum() => A + B + C + D;
}

sealed class Store
{
    public Big Value;
    public readonly Big Frozen;
    public Store(long v) { Frozen.A = v; Value.A = v; }
    public ref readonly Big Get() => ref Value;
    public long BumpFrozen() { Frozen.Bump(); return Frozen.A; }
}

static class Program
{
    static Big s_big;
    static long s_v = 5;

    static ref readonly Big Elem(Big[] arr, int i) => ref arr[i];

    static long ReadTwice(in Big b)
    {
        long before = b.A;
        s_big.A += 100;
        return b.A - before;
    }

    static long BumpCopy(in Big b)
    {
        b.Bump(); // on a defensive copy
        return b.A;
    }

    static long SumIn(in RBig r) => r.Sum() + r.A;

    static int Main()
    {
        Big[] arr = new Big[3];
        arr[1].B = s_v;
        ref readonly Big r1 = ref Elem(arr, 1);
        if (r1.B != 5) return 1;
        arr[1].B = 7;
        if (r1.B != 7 || r1.Sum() != 7) return 2;

        s_big.A = s_v;
        if (ReadTwice(in s_big) != 100) return 3;
        Big local = s_big;
        if (ReadTwice(local) != 0) return 4;

        Big b = new Big { A = s_v };
        if (BumpCopy(b) != 5 || b.A != 5) return 5;

        var st = new Store(s_v);
        ref readonly Big g = ref st.Get();
        st.Value.F = 11;
        if (g.F != 11 || g.Sum() != 16) return 6;
        if (st.BumpFrozen() != 5 || st.Frozen.A != 5) return 7;

        RBig rb = new RBig(1, 2, 3, s_v);
        if (SumIn(rb) != 12 || SumIn(new RBig(s_v, 0, 0, 0)) != 10) return 8;

        // A ref readonly local over a large struct in an array that is then replaced element-wise.
        Big[] arr2 = { new Big { C = 1 }, new Big { C = 2 } };
        ref readonly Big e0 = ref arr2[0];
        arr2[0] = arr2[1];
        if (e0.C != 2) return 9;
        return 100;
    }
}
