// Objects reachable only from static fields of generic classes (one per instantiation: over classes, structs,
// strings, nested generics; a static array of T; a static T where T is a struct holding references) survive
// collections, and each instantiation's statics stay separate from the others'; type objects (typeof, GetType)
// held in generic statics stay the one object per type.
using System;
using System.Runtime.CompilerServices;

static class Program
{
    sealed class Thing
    {
        public int Id;
        public Thing Other;
    }

    struct Wrapper
    {
        public Thing Inner;
        public string Label;
        public int Number;
    }

    static class Holder<T>
    {
        public static T Value;
        public static T[] Many;
        public static Holder2<T> Pair;
    }

    sealed class Holder2<T>
    {
        public T First;
        public T Second;
    }

    // Type objects, made on first use and kept by the runtime: one per type, the same object every time.
    static class TypeOf<T>
    {
        public static object Value = typeof(T);
    }

    static class Cache<TKey, TValue>
    {
        public static TKey LastKey;
        public static TValue LastValue;
        public static int Stores;

        public static void Store(TKey key, TValue value)
        {
            LastKey = key;
            LastValue = value;
            Stores++;
        }
    }

    static int s_rounds = 8000;

    [MethodImpl(MethodImplOptions.NoInlining)]
    static long Churn(int n)
    {
        long s = 0;
        for (int i = 0; i < n; i++)
        {
            Thing g = new Thing { Id = i, Other = new Thing() };
            s += g.Id;
        }
        byte[] big = new byte[60_000];
        return s + big.Length;
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    static void Fill<T>(Func<int, T> make, int n)
    {
        Holder<T>.Value = make(-1);
        Holder<T>.Many = new T[n];
        for (int i = 0; i < n; i++)
            Holder<T>.Many[i] = make(i);
        Holder<T>.Pair = new Holder2<T> { First = make(1000), Second = make(2000) };
    }

    static Wrapper MakeWrapper(int i) => new Wrapper { Inner = new Thing { Id = i, Other = new Thing { Id = i + 1 } }, Label = (i % 2 == 0) ? "w-even" : "w-odd", Number = i };

    static bool WrapperOk(Wrapper w, int i) => w.Inner.Id == i && w.Inner.Other.Id == i + 1 && w.Label == ((i % 2 == 0) ? "w-even" : "w-odd") && w.Number == i;

    static int Main()
    {
        Fill(i => new Thing { Id = i, Other = new Thing { Id = i * 2 } }, 300);
        Fill(i => string.Concat("s", (i % 2 == 0) ? "e" : "o"), 300);
        Fill(MakeWrapper, 300);
        Fill(i => new Holder2<Thing> { First = new Thing { Id = i }, Second = null }, 100);
        Fill(i => (object)i, 100);
        Fill(i => i * 3, 100);
        object[] types = { TypeOf<Thing>.Value, TypeOf<Wrapper>.Value, typeof(Holder2<string>), new Thing().GetType(), TypeOf<int[]>.Value };
        long total = 0;
        for (int r = 0; r < s_rounds; r++)
        {
            Cache<string, Thing>.Store(string.Concat("k", (r % 2 == 0) ? "0" : "1"), new Thing { Id = r });
            Cache<int, object>.Store(r, new int[] { r });
            Cache<Thing, Wrapper>.Store(new Thing { Id = -r }, MakeWrapper(r));
            total += Churn(3);
        }
        Thing tv = Holder<Thing>.Value;
        if (tv.Id != -1 || tv.Other.Id != -2)
            return 1;
        for (int i = 0; i < 300; i++)
        {
            Thing t = Holder<Thing>.Many[i];
            if (t.Id != i || t.Other.Id != i * 2)
                return 2;
            if (Holder<string>.Many[i] != ((i % 2 == 0) ? "se" : "so"))
                return 3;
            if (!WrapperOk(Holder<Wrapper>.Many[i], i))
                return 4;
        }
        if (!WrapperOk(Holder<Wrapper>.Value, -1) || !WrapperOk(Holder<Wrapper>.Pair.First, 1000) || !WrapperOk(Holder<Wrapper>.Pair.Second, 2000))
            return 5;
        if (Holder<Thing>.Pair.First.Id != 1000 || Holder<string>.Pair.Second != "se")
            return 6;
        for (int i = 0; i < 100; i++)
        {
            if (Holder<Holder2<Thing>>.Many[i].First.Id != i || Holder<Holder2<Thing>>.Many[i].Second != null)
                return 7;
            if (Holder<object>.Many[i] is not int boxed || boxed != i)
                return 8;
            if (Holder<int>.Many[i] != i * 3)
                return 9;
        }
        if (Cache<string, Thing>.LastKey != ((s_rounds - 1) % 2 == 0 ? "k0" : "k1") || Cache<string, Thing>.LastValue.Id != s_rounds - 1)
            return 10;
        if (Cache<int, object>.LastKey != s_rounds - 1 || ((int[])Cache<int, object>.LastValue)[0] != s_rounds - 1)
            return 11;
        if (Cache<Thing, Wrapper>.LastKey.Id != -(s_rounds - 1) || !WrapperOk(Cache<Thing, Wrapper>.LastValue, s_rounds - 1))
            return 12;
        if (Cache<string, Thing>.Stores != s_rounds || Cache<Thing, Wrapper>.Stores != s_rounds)
            return 13;
        if ((object)typeof(Thing) != types[0] || (object)new Thing().GetType() != types[0] || types[3] != types[0])
            return 15;
        object boxedWrapper = MakeWrapper(1);
        if ((object)boxedWrapper.GetType() != types[1] || (object)typeof(Holder2<string>) != types[2])
            return 16;
        if ((object)new int[1].GetType() != types[4] || (object)typeof(Wrapper) != TypeOf<Wrapper>.Value)
            return 17;
        return total > 0 ? 100 : 14;
    }
}
