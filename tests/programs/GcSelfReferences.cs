// Self-referencing objects (a field holding its own object, an object[] holding itself, a boxed struct whose field
// holds its own box) stay intact through many collections while rooted, and a dropped self-referencing 16 MB array
// is given back by a forced collection.
using System;
using System.Runtime.CompilerServices;

static class Program
{
    sealed class Self
    {
        public Self Me;
        public object Other;
        public int Id;
        public int[] Data;
    }

    interface ISetter
    {
        void Set(object value);
        object Get();
        int Value { get; }
    }

    struct BoxMe : ISetter
    {
        public object Box;
        public int V;
        public void Set(object value) => Box = value;
        public object Get() => Box;
        public int Value => V;
    }

    sealed class Garbage
    {
        public Garbage Me;
        public long A;
    }

    static int s_rounds = 60_000;
    static int s_keep = 300;
    static int s_bigLength = 4 << 20;
    static object[] s_big;

    [MethodImpl(MethodImplOptions.NoInlining)]
    static long Churn(int rounds)
    {
        long sum = 0;
        for (int i = 0; i < rounds; i++)
        {
            Garbage g = new Garbage { A = i };
            g.Me = g;
            sum += g.Me.A;
            if ((i & 63) == 0)
            {
                object[] big = new object[16384];
                big[0] = big;
                big[1] = g;
                sum += big.Length;
            }
        }
        return sum;
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    static void MakeBig()
    {
        object[] big = new object[s_bigLength];
        big[0] = big;
        big[big.Length - 1] = big;
        s_big = big;
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    static bool BigIsSelf() => s_big[0] == s_big && s_big[s_big.Length - 1] == s_big;

    [MethodImpl(MethodImplOptions.NoInlining)]
    static void DropBig() => s_big = null;

    static int Main()
    {
        Self[] kept = new Self[s_keep];
        ISetter[] boxes = new ISetter[s_keep];
        for (int i = 0; i < kept.Length; i++)
        {
            Self s = new Self { Id = i, Data = new int[] { i, -i, i * 7 } };
            s.Me = s;
            if (i % 2 == 0)
            {
                s.Other = s;
            }
            else
            {
                object[] arr = new object[3];
                arr[0] = s;
                arr[1] = arr;
                s.Other = arr;
            }
            kept[i] = s;
            ISetter box = new BoxMe { V = i * 3 };
            box.Set(box);
            boxes[i] = box;
            if (i % 10 == 0)
                Churn(50);
        }
        long churned = Churn(s_rounds);
        if (churned <= 0)
            return 1;
        for (int i = 0; i < kept.Length; i++)
        {
            Self s = kept[i];
            if (s.Me != s || s.Me.Me.Me != s)
                return 2;
            if (s.Id != i)
                return 3;
            if (s.Data.Length != 3 || s.Data[0] != i || s.Data[1] != -i || s.Data[2] != i * 7)
                return 4;
            if (i % 2 == 0)
            {
                if (s.Other != s)
                    return 5;
            }
            else
            {
                if (s.Other is not object[] arr || arr.Length != 3 || arr[0] != s || arr[1] != arr || arr[2] != null)
                    return 6;
            }
            if (boxes[i].Get() != boxes[i] || boxes[i].Value != i * 3)
                return 7;
        }
        // Drop half, churn again, the rest stays intact.
        for (int i = 0; i < kept.Length; i += 2)
        {
            kept[i] = null;
            boxes[i] = null;
        }
        churned += Churn(s_rounds / 2);
        for (int i = 1; i < kept.Length; i += 2)
        {
            if (kept[i].Me != kept[i] || kept[i].Id != i || ((object[])kept[i].Other)[0] != kept[i])
                return 8;
            if (boxes[i].Get() != boxes[i] || boxes[i].Value != i * 3)
                return 9;
        }
        long baseline = GC.GetTotalMemory(true);
        MakeBig();
        long withBig = GC.GetTotalMemory(true);
        if (withBig - baseline < (long)s_bigLength * 4)
            return 10;
        if (!BigIsSelf())
            return 11;
        DropBig();
        long after = GC.GetTotalMemory(true);
        if (after > withBig - (long)s_bigLength * 2)
            return 12;
        GC.KeepAlive(kept);
        return churned > 0 ? 100 : 13;
    }
}
