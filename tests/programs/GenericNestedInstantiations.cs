// Checks nested generic instantiations: Box<Box<int>>, Box<Box<Box<string>>>, Pair<Box<T>, T[]>, a generic class with a nested generic class, and arrays of generic instances, with values flowing through every level.
class Box<T>
{
    public T Value;
    public Box(T v) { Value = v; }
    public Box<Box<T>> Wrap() { return new Box<Box<T>>(this); }
}

class Pair<A, B>
{
    public A Left; public B Right;
    public Pair(A a, B b) { Left = a; Right = b; }
}

class Outer<T>
{
    public class Inner<U>
    {
        public T First;
        public U Second;
        public Inner(T t, U u) { First = t; Second = u; }
        public Pair<U, T> Flip() { return new Pair<U, T>(Second, First); }
    }
}

static class Program
{
    static int s_v = 7;

    static int Main()
    {
        Box<Box<int>> bb = new Box<int>(s_v).Wrap();
        bb.Value.Value++;
        if (bb.Value.Value != 8) return 1;
        Box<Box<Box<string>>> bbb = new Box<string>("deep").Wrap().Wrap();
        if (bbb.Value.Value.Value != "deep") return 2;
        Box<Box<Box<Box<long>>>> four = new Box<long>(1L << 50).Wrap().Wrap().Wrap();
        if (four.Value.Value.Value.Value != 1L << 50) return 3;
        Pair<Box<int>, int[]> p = new Pair<Box<int>, int[]>(new Box<int>(s_v), new int[] { 1, 2, 3 });
        if (p.Left.Value + p.Right[2] != 10) return 4;
        Outer<string>.Inner<int> inner = new Outer<string>.Inner<int>("x", s_v);
        Pair<int, string> flipped = inner.Flip();
        if (flipped.Left != 7 || flipped.Right != "x") return 5;
        Outer<Box<int>>.Inner<Box<string>> gen = new Outer<Box<int>>.Inner<Box<string>>(new Box<int>(1), new Box<string>("s"));
        if (gen.Flip().Left.Value != "s" || gen.Flip().Right.Value != 1) return 6;
        Box<int>[] boxes = new Box<int>[4];
        for (int i = 0; i < boxes.Length; i++) boxes[i] = new Box<int>(i * s_v);
        Box<Box<int>[]> arrBox = new Box<Box<int>[]>(boxes);
        int sum = 0;
        foreach (Box<int> b in arrBox.Value) sum += b.Value;
        if (sum != 42) return 7;
        return 100;
    }
}
