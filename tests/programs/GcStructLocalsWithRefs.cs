// Struct locals holding the only references to objects (small structs, a struct of eight references, structs
// nested in structs) survive calls that allocate heavily: passed by value to such a call, returned from one
// through the return buffer, copied between locals, and reassigned in a loop; every referenced object must be intact.
using System;
using System.Runtime.CompilerServices;

static class Program
{
    sealed class Obj
    {
        public int Id;
        public int[] Data;
    }

    struct Small
    {
        public Obj A;
        public int K;
    }

    struct Wide
    {
        public Obj O0, O1, O2, O3, O4, O5, O6, O7;
        public long Tag;
    }

    struct Outer
    {
        public Small First;
        public string Name;
        public Small Second;
        public object Any;
    }

    static int s_churn = 300;
    static int s_loops = 200;

    static Obj NewObj(int id) => new Obj { Id = id, Data = new int[] { id, ~id } };

    static bool Ok(Obj o, int id) => o != null && o.Id == id && o.Data.Length == 2 && o.Data[0] == id && o.Data[1] == ~id;

    [MethodImpl(MethodImplOptions.NoInlining)]
    static long Churn(int n)
    {
        long s = 0;
        for (int i = 0; i < n; i++)
        {
            Obj g = new Obj { Id = i, Data = new int[3] };
            s += g.Id + g.Data.Length;
            if (i % 32 == 0)
            {
                int[] big = new int[16_000];
                s += big.Length;
            }
        }
        return s;
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    static int TakesByValue(Small s, Wide w, Outer o, int baseId)
    {
        Churn(s_churn);
        if (!Ok(s.A, baseId) || s.K != baseId)
            return 2;
        if (!Ok(w.O0, baseId + 10) || !Ok(w.O3, baseId + 13) || !Ok(w.O7, baseId + 17) || w.Tag != baseId)
            return 3;
        if (!Ok(o.First.A, baseId + 20) || !Ok(o.Second.A, baseId + 21) || o.Name.Length != 5)
            return 4;
        if (o.Any is not Obj any || !Ok(any, baseId + 22))
            return 5;
        return 0;
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    static Wide MakeWide(int baseId)
    {
        Wide w = new Wide { Tag = baseId };
        w.O0 = NewObj(baseId + 10);
        w.O1 = NewObj(baseId + 11);
        Churn(s_churn / 4);
        w.O2 = NewObj(baseId + 12);
        w.O3 = NewObj(baseId + 13);
        w.O4 = NewObj(baseId + 14);
        Churn(s_churn / 4);
        w.O5 = NewObj(baseId + 15);
        w.O6 = NewObj(baseId + 16);
        w.O7 = NewObj(baseId + 17);
        return w;
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    static Outer MakeOuter(int baseId)
    {
        Outer o;
        o.First = new Small { A = NewObj(baseId + 20), K = 1 };
        o.Name = "outer";
        Churn(s_churn / 2);
        o.Second = new Small { A = NewObj(baseId + 21), K = 2 };
        o.Any = NewObj(baseId + 22);
        return o;
    }

    static int Main()
    {
        long total = 0;
        Small keep = new Small { A = NewObj(-1), K = -1 };
        for (int i = 0; i < s_loops; i++)
        {
            int baseId = i * 100;
            Small s = new Small { A = NewObj(baseId), K = baseId };
            Wide w = MakeWide(baseId);
            Outer o = MakeOuter(baseId);
            total += Churn(s_churn);
            int r = TakesByValue(s, w, o, baseId);
            if (r != 0)
                return r;
            // Copies between locals; the original reassigned while the copy must keep its object.
            Wide copy = w;
            w = default;
            w.O0 = NewObj(0);
            total += Churn(s_churn / 2);
            if (!Ok(copy.O1, baseId + 11) || !Ok(copy.O4, baseId + 14) || !Ok(copy.O6, baseId + 16))
                return 6;
            if (!Ok(w.O0, 0) || w.O1 != null)
                return 7;
            Outer nested = o;
            nested.First = nested.Second;
            total += Churn(s_churn / 2);
            if (!Ok(nested.First.A, baseId + 21) || !Ok(o.First.A, baseId + 20) || nested.First.K != 2)
                return 8;
            if (i % 50 == 49)
                keep = s;
        }
        if (!Ok(keep.A, (s_loops - 1) * 100) || keep.K != (s_loops - 1) * 100)
            return 9;
        return total > 0 ? 100 : 10;
    }
}
