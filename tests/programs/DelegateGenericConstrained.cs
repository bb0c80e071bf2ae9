// Checks delegate invocation inside generic methods with constraints: a where T : IShape method calling a Func<T, int> and an interface method, where T : struct with a Func<T, T, T> combiner, where T : class, new() building objects for an Action<T>, and a delegate built inside a constrained generic method over the constrained call.
using System;

interface IShape { int Area(); int Scale(int k); }
struct Rect : IShape
{
    public int W, H;
    public int Area() => W * H;
    public int Scale(int k) { W *= k; H *= k; return W * H; }
}
sealed class Square : IShape
{
    public int S;
    public int Area() => S * S;
    public int Scale(int k) { S *= k; return S * S; }
}
sealed class Box { public int Value = 7; }

static class Program
{
    static int s_k = 2;

    static int SumWith<T>(T[] items, Func<T, int> f) where T : IShape
    {
        int s = 0;
        for (int i = 0; i < items.Length; i++) s += f(items[i]) + items[i].Area();
        return s;
    }

    static T Reduce<T>(T[] items, T seed, Func<T, T, T> combine) where T : struct
    {
        T acc = seed;
        for (int i = 0; i < items.Length; i++) acc = combine(acc, items[i]);
        return acc;
    }

    static int MakeAndVisit<T>(int n, Action<T> visit, Func<T, int> measure) where T : class, new()
    {
        int s = 0;
        for (int i = 0; i < n; i++)
        {
            T t = new T();
            visit(t);
            s += measure(t);
        }
        return s;
    }

    static Func<int, int> Scaler<T>(T shape) where T : IShape
    {
        // The closure holds its own copy of a struct shape; Scale mutates that copy.
        return k => shape.Scale(k);
    }

    static int Main()
    {
        int k = s_k;
        Rect[] rects = { new Rect { W = 2, H = 3 }, new Rect { W = 4, H = 5 } };
        if (SumWith(rects, r => r.W * k) != 12 + 26) return 1;
        Square[] squares = { new Square { S = 3 }, new Square { S = 1 } };
        if (SumWith(squares, s => s.S + k) != 8 + 10) return 2;
        // Scale through the constrained call inside the lambda mutates the array's struct element? No:
        // the lambda's parameter is a copy.
        if (SumWith(rects, r => r.Scale(k)) != 24 + 80 + 26) return 3;
        if (rects[0].W != 2) return 4;

        long[] longs = { 1L << 40, 3, 5 };
        if (Reduce(longs, 1L, (a, b) => a + b * k) != 1 + (1L << 41) + 16) return 5;
        Rect big = Reduce(rects, new Rect { W = 1, H = 1 }, (a, b) => new Rect { W = a.W + b.W, H = a.H * b.H });
        if (big.W != 7 || big.H != 15) return 6;

        int made = MakeAndVisit<Box>(3, b => b.Value += k, b => b.Value);
        if (made != 27) return 7;

        Rect r0 = new Rect { W = 1, H = 2 };
        Func<int, int> sc = Scaler(r0);
        if (sc(2) != 8 || sc(3) != 72 || r0.W != 1) return 8;
        Square sq = new Square { S = 2 };
        Func<int, int> sc2 = Scaler(sq);
        if (sc2(3) != 36 || sq.S != 6) return 9;
        return 100;
    }
}
