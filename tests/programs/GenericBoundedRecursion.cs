// Checks generic types nested to a fixed depth by hand-written levels (no unbounded generic recursion): List<T> of List<T> four levels deep, a generic method calling itself with a different instantiation a fixed number of times, and a CRTP-style base.
class Chain<T>
{
    public T Head;
    public Chain<T> Tail;
    public Chain(T h, Chain<T> t) { Head = h; Tail = t; }
    public int Length() { return Tail == null ? 1 : 1 + Tail.Length(); }
}

abstract class Shape<TSelf> where TSelf : Shape<TSelf>
{
    public int Size;
    public abstract TSelf Clone();
    public TSelf Grown(int by) { TSelf c = Clone(); c.Size += by; return c; }
}

class Square : Shape<Square>
{
    public override Square Clone() { return new Square { Size = Size }; }
}

static class Program
{
    static int s_n = 3;

    static Chain<T> Build<T>(T value, int n)
    {
        Chain<T> c = null;
        for (int i = 0; i < n; i++) c = new Chain<T>(value, c);
        return c;
    }

    // Level 3 -> 2 -> 1 -> 0, each level wrapping its argument in one more array.
    static int Level3<T>(T v) { return 3 + Level2(new T[] { v }); }
    static int Level2<T>(T v) { return 20 + Level1(new T[] { v, v }); }
    static int Level1<T>(T v) { return 100 + Level0(new T[] { v, v, v }); }
    static int Level0<T>(T v) { return v is int[][][] ? 1000 : v is string[][][] ? 2000 : 0; }

    static int Main()
    {
        Chain<int> c1 = Build(s_n, s_n);
        Chain<Chain<int>> c2 = Build(c1, s_n + 1);
        Chain<Chain<Chain<int>>> c3 = Build(c2, 2);
        Chain<Chain<Chain<Chain<int>>>> c4 = Build(c3, 5);
        if (c4.Length() != 5 || c4.Head.Length() != 2 || c4.Head.Head.Length() != 4 || c4.Head.Head.Head.Length() != 3) return 1;
        if (c4.Tail.Tail.Head.Tail.Head.Tail.Head.Tail.Tail.Head != 3) return 2;
        if (Level3(s_n) != 1123) return 3;
        if (Level3("s") != 2123) return 4;
        if (Level3(1.5) != 123) return 5;
        Square s = new Square { Size = s_n };
        Square t = s.Grown(4).Grown(1);
        if (t.Size != 8 || s.Size != 3 || t == s) return 6;
        return 100;
    }
}
