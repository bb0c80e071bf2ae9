// Objects that exist only on the evaluation stack while a later argument's call allocates enough to collect
// (Combine(new A(), Allocate(), new B()), constructor arguments, array initializers, receivers of instance,
// virtual, interface and generic virtual calls, struct and boxed arguments, a target array of an element store,
// the left operand of string.Concat, an argument list whose middle runs a class constructor) must still be intact
// when the call finally runs.
using System;
using System.Runtime.CompilerServices;

static class Program
{
    class A
    {
        public int Id;
        public int[] Data;
        public A(int id)
        {
            Id = id;
            Data = new int[] { id, id * 2, id * 3 };
        }
        public virtual int Use(object other) => Id + (other is int[] a ? a.Length : -1000);
        public bool Ok(int id) => Id == id && Data.Length == 3 && Data[0] == id && Data[1] == id * 2 && Data[2] == id * 3;
    }

    sealed class B : A, IUser
    {
        public string Name;
        public B(int id) : base(id) => Name = (id % 2 == 0) ? "even" : "odd";
        public override int Use(object other) => base.Use(other) * 2;
        public int UseVia(object a, object b) => (a is A x ? x.Id : -1000) + (b is int[] y ? y.Length : -1000) + Id;
    }

    interface IUser
    {
        int UseVia(object a, object b);
    }

    // Generic virtual methods: the receiver waits on the stack while the argument allocates, then the runtime looks
    // the implementation up.
    interface IGenericUser
    {
        int Measure<T>(T first, object middle, T last) where T : A;
    }

    class GenericUser : IGenericUser
    {
        public int Offset;
        public virtual int Measure<T>(T first, object middle, T last) where T : A =>
            Offset + first.Id + last.Id + (middle is int[] m ? m.Length : -100000) + (first.Ok(first.Id) && last.Ok(last.Id) ? 0 : -100000);
    }

    sealed class DerivedUser : GenericUser
    {
        public override int Measure<T>(T first, object middle, T last) => base.Measure(first, middle, last) + 1;
    }

    struct S
    {
        public A Ref;
        public long Value;
        public string Text;
    }

    sealed class Triple
    {
        public A First;
        public object Middle;
        public A Last;
        public Triple(A first, object middle, A last)
        {
            First = first;
            // The constructor itself allocates before storing its last argument.
            Middle = new object[] { middle, Allocate(3) };
            Last = last;
        }
    }

    // Class constructors that allocate enough to collect, first run in the middle of an argument list.
    static class WithCctor
    {
        public static readonly object Value;
        static WithCctor()
        {
            for (int i = 0; i < 8; i++)
                Allocate(i);
            Value = new int[7];
        }
    }

    static class BeforeFieldInit
    {
        public static readonly object Value = Build();
        static object Build()
        {
            for (int i = 0; i < 8; i++)
                Allocate(i);
            return new int[8];
        }
    }

    static int s_rounds = 120;
    static int s_small = 200;
    static int s_counter;

    [MethodImpl(MethodImplOptions.NoInlining)]
    static object Allocate(int k)
    {
        s_counter++;
        byte[] big = new byte[((s_counter + k) % 4 + 1) << 20];
        big[big.Length - 1] = 1;
        object last = null;
        for (int i = 0; i < s_small; i++)
            last = new object[] { last, null };
        return new int[7 + (k & 1)];
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    static int Combine(A a, object middle, A b) => (a.Ok(a.Id) ? a.Id : -100000) + (middle is int[] m ? m.Length : -100000) + (b.Ok(b.Id) ? b.Id : -100000);

    [MethodImpl(MethodImplOptions.NoInlining)]
    static int Many(A a1, A a2, A a3, A a4, A a5, A a6, A a7, object m, A a8) =>
        a1.Id + a2.Id + a3.Id + a4.Id + a5.Id + a6.Id + a7.Id + a8.Id + (m is int[] x ? x.Length : -100000)
        + (a1.Ok(a1.Id) && a4.Ok(a4.Id) && a8.Ok(a8.Id) ? 0 : -100000);

    [MethodImpl(MethodImplOptions.NoInlining)]
    static long TakeStruct(S s, object middle, S t) =>
        s.Value + t.Value + (s.Ref.Ok((int)s.Value) && t.Ref.Ok((int)t.Value) ? 0 : -100000) + (middle is int[] ? s.Text.Length + t.Text.Length : -100000);

    [MethodImpl(MethodImplOptions.NoInlining)]
    static int TakeBoxes(object x, object middle, object y) => (int)(x is S s ? s.Value : -100000) + (y is long l ? (int)l : -100000) + (middle is int[] ? 1 : -100000);

    [MethodImpl(MethodImplOptions.NoInlining)]
    static A[] MakeArray(int n) => new A[n];

    [MethodImpl(MethodImplOptions.NoInlining)]
    static string Word(int i) => string.Concat((i % 2 == 0) ? "left" : "right", "-");

    [MethodImpl(MethodImplOptions.NoInlining)]
    static string WordAfterChurn(int i)
    {
        Allocate(i);
        return (i % 3 == 0) ? "x" : "yz";
    }

    static int Main()
    {
        long total = 0;
        if (Combine(new A(11), WithCctor.Value, new B(12)) != 11 + 7 + 12)
            return 14;
        if (Combine(new B(13), BeforeFieldInit.Value, new A(14)) != 13 + 8 + 14)
            return 15;
        for (int i = 0; i < s_rounds; i++)
        {
            if (Combine(new A(i), Allocate(i), new B(i + 1)) != i + 7 + (i & 1) + i + 1)
                return 1;
            int nested = Combine(new A(Combine(new A(i), Allocate(i), new A(2))), Allocate(i + 1), new B(Combine(new B(4), Allocate(i), new A(i))));
            int inner1 = i + 7 + (i & 1) + 2, inner2 = 4 + 7 + (i & 1) + i;
            if (nested != inner1 + 7 + ((i + 1) & 1) + inner2)
                return 2;
            Triple t = new Triple(new A(i), Allocate(i), new B(-i));
            if (!t.First.Ok(i) || !t.Last.Ok(-i) || t.Middle is not object[] mid || mid[0] is not int[] m0 || m0.Length != 7 + (i & 1) || mid[1] is not int[])
                return 3;
            object[] init = new object[] { new A(i), Allocate(i), new B(i), Allocate(i + 1), string.Concat("s", "t") };
            if (!((A)init[0]).Ok(i) || ((int[])init[1]).Length != 7 + (i & 1) || !((B)init[2]).Ok(i) || ((int[])init[3]).Length != 7 + ((i + 1) & 1) || (string)init[4] != "st")
                return 4;
            if (new A(i).Use(Allocate(i)) != i + 7 + (i & 1))
                return 5;
            A virt = new B(i);
            if (((A)new B(i)).Use(Allocate(i)) != 2 * (i + 7 + (i & 1)) || virt.Use(Allocate(i)) != 2 * (i + 7 + (i & 1)))
                return 6;
            if (((IUser)new B(i)).UseVia(new A(i + 5), Allocate(i)) != i + 5 + 7 + (i & 1) + i)
                return 7;
            if (Many(new A(1), new A(2), new A(3), new B(4), new A(5), new B(6), new A(7), Allocate(i), new A(8)) != 36 + 7 + (i & 1))
                return 8;
            long st = TakeStruct(new S { Ref = new A(i), Value = i, Text = "abc" }, Allocate(i), new S { Ref = new B(i + 1), Value = i + 1, Text = "de" });
            if (st != 2 * i + 1 + 5)
                return 9;
            if (TakeBoxes(new S { Ref = new A(i), Value = i }, Allocate(i), (long)i * 2) != 3 * i + 1)
                return 10;
            MakeArray(4)[i % 4] = new A(-1);
            A[] target = MakeArray(3);
            target[(int)((int[])Allocate(i)).Length % 3] = new A(i);
            if (!target[(7 + (i & 1)) % 3].Ok(i))
                return 11;
            if (((IGenericUser)new DerivedUser { Offset = i }).Measure(new B(i), Allocate(i), new B(2)) != i + i + 2 + 7 + (i & 1) + 1)
                return 16;
            GenericUser gu = new GenericUser { Offset = 3 };
            if (gu.Measure<A>(new A(i), Allocate(i), new B(i)) != 3 + 2 * i + 7 + (i & 1))
                return 17;
            string s = string.Concat(Word(i), WordAfterChurn(i));
            if (s != string.Concat((i % 2 == 0) ? "left" : "right", string.Concat("-", (i % 3 == 0) ? "x" : "yz")))
                return 12;
            total += s.Length;
        }
        return total > 0 && s_counter > 0 ? 100 : 13;
    }
}
