// Objects reachable only through fields of structs stored in static fields (a struct with references among
// longs and doubles, a struct nested in a struct, a static array of such structs, a static struct of a generic
// struct type, a thread-static) survive collections while the statics are updated in place and wholesale.
using System;
using System.Runtime.CompilerServices;

static class Program
{
    sealed class Payload
    {
        public int Id;
        public int[] Data;
    }

    struct Mixed
    {
        public long L;
        public Payload P;
        public double D;
        public string S;
        public byte B;
        public object O;
    }

    struct Nest
    {
        public int Before;
        public Mixed Inner;
        public Payload Tail;
    }

    struct Gen<T>
    {
        public T Item;
        public int Count;
    }

    static Mixed s_mixed;
    static Nest s_nest;
    static Mixed[] s_array = new Mixed[50];
    static Gen<Payload> s_gen;
    static Gen<Gen<string>> s_genNested;
    [ThreadStatic]
    static Payload t_threadLocal;
    static int s_rounds = 6000;

    static Payload NewPayload(int id) => new Payload { Id = id, Data = new int[] { id, id + 1 } };

    static bool Ok(Payload p, int id) => p != null && p.Id == id && p.Data[0] == id && p.Data[1] == id + 1;

    [MethodImpl(MethodImplOptions.NoInlining)]
    static long Churn(int n)
    {
        long s = 0;
        for (int i = 0; i < n; i++)
        {
            Payload g = NewPayload(i);
            s += g.Data.Length;
        }
        short[] big = new short[40_000];
        return s + big.Length;
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    static void Update(int r)
    {
        // In place, one field at a time.
        s_mixed.P = NewPayload(r);
        s_mixed.L = r;
        s_mixed.S = string.Concat("m", (r % 2 == 0) ? "e" : "o");
        s_nest.Inner.P = NewPayload(r + 1);
        s_nest.Inner.O = new object[] { NewPayload(r + 2) };
        // Wholesale.
        s_array[r % s_array.Length] = new Mixed { L = r, P = NewPayload(r), D = r * 0.5, S = "arr", B = (byte)r, O = NewPayload(-r) };
        s_gen = new Gen<Payload> { Item = NewPayload(r + 3), Count = r };
        s_genNested.Item.Item = string.Concat("g", (r % 3 == 0) ? "3" : "x");
        s_genNested.Count = r;
        t_threadLocal = NewPayload(r + 4);
    }

    static int Main()
    {
        s_nest.Tail = NewPayload(-7);
        s_nest.Before = 7;
        for (int i = 0; i < s_array.Length; i++)
            s_array[i] = new Mixed { L = i, P = NewPayload(i), D = i * 0.5, S = "arr", B = (byte)i, O = NewPayload(-i) };
        long total = 0;
        for (int r = 0; r < s_rounds; r++)
        {
            Update(r);
            total += Churn(6);
        }
        int last = s_rounds - 1;
        if (!Ok(s_mixed.P, last) || s_mixed.L != last || s_mixed.S != ((last % 2 == 0) ? "me" : "mo"))
            return 1;
        if (!Ok(s_nest.Inner.P, last + 1) || s_nest.Inner.O is not object[] arr || !Ok((Payload)arr[0], last + 2))
            return 2;
        if (!Ok(s_nest.Tail, -7) || s_nest.Before != 7)
            return 3;
        for (int i = 0; i < s_array.Length; i++)
        {
            Mixed m = s_array[i];
            int id = (int)m.L;
            if (id % s_array.Length != i || !Ok(m.P, id) || m.D != id * 0.5 || m.S != "arr" || m.B != (byte)id || !Ok((Payload)m.O, -id))
                return 4;
        }
        if (!Ok(s_gen.Item, last + 3) || s_gen.Count != last)
            return 5;
        if (s_genNested.Item.Item != ((last % 3 == 0) ? "g3" : "gx") || s_genNested.Count != last)
            return 6;
        if (!Ok(t_threadLocal, last + 4))
            return 7;
        total += Churn(10_000);
        if (!Ok(s_mixed.P, last) || !Ok(s_gen.Item, last + 3) || !Ok(t_threadLocal, last + 4) || !Ok(s_nest.Tail, -7))
            return 8;
        return total > 0 ? 100 : 9;
    }
}
