// Structs with references live boxed (in object fields and arrays, mutated in place through an interface on the
// box, unboxed to copies) and embedded in classes (a struct field holding a struct field holding references);
// collections while only the box or the embedding object holds the references must keep everything intact, and
// an unboxed copy must stay independent of its box; Nullable structs with references box and unbox intact.
using System;
using System.Runtime.CompilerServices;

static class Program
{
    sealed class Target
    {
        public int Id;
        public string Text;
    }

    interface IMutable
    {
        void Replace(int id);
        int Id { get; }
        Target Current { get; }
    }

    struct Holder : IMutable
    {
        public Target T;
        public int Count;
        public object Extra;

        public void Replace(int id)
        {
            // Allocates while `this` points into the box.
            Target fresh = new Target { Id = id, Text = Texts[id % 3] };
            Churn(6);
            T = fresh;
            Count++;
            Extra = new int[] { id };
        }

        public int Id => T.Id;
        public Target Current => T;
    }

    struct Deep
    {
        public Holder H;
        public Target Side;
    }

    sealed class Embedding
    {
        public Holder? Maybe;
        public int Before;
        public Deep D;
        public Holder Second;
        public long After;
    }

    static readonly string[] Texts = { "red", "green", "blue" };
    static int s_count = 400;
    static int s_rounds = 3000;

    [MethodImpl(MethodImplOptions.NoInlining)]
    static long Churn(int n)
    {
        long s = 0;
        for (int i = 0; i < n; i++)
        {
            object box = new Holder { T = new Target { Id = i }, Count = i };
            s += ((Holder)box).Count;
            if (i % 16 == 0)
            {
                char[] big = new char[40_000];
                s += big.Length;
            }
        }
        return s;
    }

    static int Main()
    {
        int n = s_count;
        object[] boxes = new object[n];
        IMutable[] mutables = new IMutable[n];
        Embedding[] embeddings = new Embedding[n];
        for (int i = 0; i < n; i++)
        {
            boxes[i] = new Holder { T = new Target { Id = i, Text = Texts[i % 3] }, Count = 0, Extra = Texts[(i + 1) % 3] };
            mutables[i] = new Holder { T = new Target { Id = -i } };
            Embedding e = new Embedding { Before = i, After = -i };
            e.D.H.T = new Target { Id = i * 2, Text = Texts[i % 3] };
            e.D.H.Extra = new object[] { e };
            e.D.Side = new Target { Id = i * 3 };
            e.Second = new Holder { T = new Target { Id = i * 4 }, Count = 4 };
            embeddings[i] = e;
        }
        long total = 0;
        int[] expectedIds = new int[n];
        for (int i = 0; i < n; i++)
            expectedIds[i] = -i;
        for (int r = 0; r < s_rounds; r++)
        {
            int i = (r * 7919) % n;
            mutables[i].Replace(r);
            expectedIds[i] = r;
            if (r % 5 == 0)
            {
                // Replace an embedded struct wholesale while churning.
                Embedding e = embeddings[(r * 31) % n];
                Deep d = e.D;
                total += Churn(10);
                e.D = d;
            }
            total += Churn(4);
        }
        for (int i = 0; i < n; i++)
        {
            Holder h = (Holder)boxes[i];
            if (h.T.Id != i || h.T.Text != Texts[i % 3] || (string)h.Extra != Texts[(i + 1) % 3])
                return 1;
            if (mutables[i].Id != expectedIds[i])
                return 2;
            if (expectedIds[i] >= 0)
            {
                Holder m = (Holder)mutables[i];
                if (m.Current.Text != Texts[expectedIds[i] % 3] || m.Extra is not int[] a || a[0] != expectedIds[i] || m.Count < 1)
                    return 3;
            }
            Embedding e = embeddings[i];
            if (e.Before != i || e.After != -i)
                return 4;
            if (e.D.H.T.Id != i * 2 || e.D.H.T.Text != Texts[i % 3] || ((object[])e.D.H.Extra)[0] != e)
                return 5;
            if (e.D.Side.Id != i * 3 || e.Second.T.Id != i * 4 || e.Second.Count != 4)
                return 6;
        }
        // An unboxed copy is independent of the box it came from.
        Holder copy = (Holder)mutables[0];
        mutables[0].Replace(123456);
        total += Churn(500);
        if (copy.T.Id == 123456 || mutables[0].Id != 123456)
            return 7;
        // Nullable structs with references: boxed (a boxed Holder or null), unboxed back, and as a class field.
        object[] nullables = new object[n];
        for (int i = 0; i < n; i++)
        {
            Holder? maybe = (i % 4 == 0) ? null : new Holder { T = new Target { Id = i * 5, Text = Texts[i % 3] }, Count = i };
            total += Churn(2);
            nullables[i] = maybe;
            embeddings[i].Maybe = (i % 3 == 0) ? null : new Holder { T = new Target { Id = i * 6 } };
        }
        total += Churn(1000);
        for (int i = 0; i < n; i++)
        {
            Holder? back = (Holder?)nullables[i];
            if (i % 4 == 0 ? (nullables[i] != null || back.HasValue) : (nullables[i] is not Holder || !back.HasValue || back.Value.T.Id != i * 5 || back.Value.T.Text != Texts[i % 3] || back.Value.Count != i))
                return 10;
            Holder? field = embeddings[i].Maybe;
            if (i % 3 == 0 ? field.HasValue : (!field.HasValue || field.Value.T.Id != i * 6))
                return 11;
        }
        // Boxes held only through an embedding's object field.
        for (int i = 0; i < n; i++)
            embeddings[i].D.H.Extra = boxes[i];
        boxes = null;
        total += Churn(2000);
        for (int i = 0; i < n; i++)
        {
            if (embeddings[i].D.H.Extra is not Holder h || h.T.Id != i)
                return 8;
        }
        return total > 0 ? 100 : 9;
    }
}
