// Objects held only as delegate targets (instance-method delegates stored in arrays, fields and statics; virtual
// and interface methods bound to derived objects; delegates over struct instances, which box them; a delegate
// whose target holds another delegate) survive collections, and invoking them later reaches the same state.
using System;
using System.Runtime.CompilerServices;

static class Program
{
    abstract class Shape
    {
        public int Id;
        public int[] History = new int[8];
        public int Calls;
        public abstract int Area();
        public int Record()
        {
            History[Calls & 7] = Calls;
            return ++Calls;
        }
    }

    sealed class Square : Shape
    {
        public int Side;
        public override int Area() => Side * Side;
    }

    sealed class Rect : Shape
    {
        public int W, H;
        public override int Area() => W * H;
    }

    interface INamed
    {
        string Name();
    }

    sealed class Named : INamed
    {
        public string Text;
        public string Name() => Text;
    }

    struct Counter
    {
        public int Value;
        public string Label;
        public int Next() => ++Value;
        public string GetLabel() => Label;
    }

    sealed class Forwarder
    {
        public Func<int> Inner;
        public int Offset;
        public int Call() => Inner() + Offset;
    }

    static Func<int> s_static;
    static Func<string> s_named;
    static int s_count = 400;
    static int s_rounds = 2500;

    [MethodImpl(MethodImplOptions.NoInlining)]
    static long Churn(int n)
    {
        long s = 0;
        for (int i = 0; i < n; i++)
        {
            Square g = new Square { Side = i };
            Func<int> f = g.Area;
            s += f();
        }
        long[] big = new long[7000];
        return s + big.Length;
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    static Shape MakeShape(int i) => (i % 2 == 0) ? new Square { Id = i, Side = i % 13 } : new Rect { Id = i, W = i % 7, H = i % 11 };

    static int Main()
    {
        int n = s_count;
        Func<int>[] areas = new Func<int>[n];
        Func<int>[] records = new Func<int>[n];
        Func<string>[] names = new Func<string>[n];
        Func<int>[] counters = new Func<int>[n];
        Func<string>[] labels = new Func<string>[n];
        Func<int>[] forwards = new Func<int>[n];
        for (int i = 0; i < n; i++)
        {
            Shape s = MakeShape(i);
            areas[i] = s.Area;
            records[i] = s.Record;
            INamed named = new Named { Text = string.Concat("n", (i % 2 == 0) ? "0" : "1") };
            names[i] = named.Name;
            Counter c = new Counter { Value = i, Label = (i % 3 == 0) ? "c3" : "cx" };
            counters[i] = c.Next;
            labels[i] = c.GetLabel;
            forwards[i] = new Forwarder { Inner = MakeShape(i + 1).Area, Offset = i }.Call;
        }
        s_static = MakeShape(10).Area;
        s_named = new Named { Text = "static" }.Name;
        long total = 0;
        int[] recordCalls = new int[n];
        int[] counterCalls = new int[n];
        for (int r = 0; r < s_rounds; r++)
        {
            int i = (r * 7) % n;
            if (records[i]() != ++recordCalls[i])
                return 1;
            if (counters[i]() != i + ++counterCalls[i])
                return 2;
            total += Churn(5);
        }
        for (int i = 0; i < n; i++)
        {
            int area = (i % 2 == 0) ? (i % 13) * (i % 13) : (i % 7) * (i % 11);
            if (areas[i]() != area)
                return 3;
            Shape target = (Shape)records[i].Target;
            if (target.Id != i || target.Calls != recordCalls[i] || (recordCalls[i] > 0 && target.History[(recordCalls[i] - 1) & 7] != recordCalls[i] - 1))
                return 4;
            if (names[i]() != ((i % 2 == 0) ? "n0" : "n1"))
                return 5;
            if (counters[i]() != i + counterCalls[i] + 1)
                return 6;
            if (labels[i]() != ((i % 3 == 0) ? "c3" : "cx"))
                return 7;
            int j = i + 1;
            int innerArea = (j % 2 == 0) ? (j % 13) * (j % 13) : (j % 7) * (j % 11);
            if (forwards[i]() != innerArea + i)
                return 8;
        }
        total += Churn(500);
        if (s_static() != 100 || s_named() != "static")
            return 9;
        if (areas[0].Target == areas[1].Target || records[2].Target != areas[2].Target)
            return 10;
        return total > 0 ? 100 : 11;
    }
}
