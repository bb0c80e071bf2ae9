// Checks inheritance involving generics: a closed derived class of a generic base, an open derived class passing a constructed type to its base, a non-generic base with generic derived classes, and virtual members overridden at each level.
class Collection<T>
{
    protected T[] Items = new T[8];
    protected int N;
    public virtual void Add(T item) { Items[N++] = item; }
    public int Count { get { return N; } }
    public T this[int i] { get { return Items[i]; } }
    public virtual string Kind() { return "collection"; }
}

class IntBag : Collection<int>
{
    public int Sum;
    public override void Add(int item) { base.Add(item); Sum += item; }
    public override string Kind() { return "intbag"; }
}

class Batches<T> : Collection<T[]>
{
    public int Total;
    public override void Add(T[] item) { base.Add(item); Total += item.Length; }
}

class Labeled<T> : Collection<T>
{
    public string Label;
    public Labeled(string l) { Label = l; }
    public override string Kind() { return Label + ":" + base.Kind(); }
}

abstract class Node { public abstract int Weight(); }
class Leaf<T> : Node
{
    public T Value;
    public int W;
    public override int Weight() { return W; }
}
class Branch<T> : Node
{
    public Node Left, Right;
    public override int Weight() { return Left.Weight() + Right.Weight() + 1; }
}

static class Program
{
    static int s_n = 5;

    static int Main()
    {
        IntBag bag = new IntBag();
        Collection<int> asBase = bag;
        for (int i = 1; i <= s_n; i++) asBase.Add(i * 2);
        if (bag.Sum != 30 || bag.Count != 5 || bag[4] != 10 || asBase.Kind() != "intbag") return 1;
        Batches<string> b = new Batches<string>();
        b.Add(new string[] { "a", "b" });
        b.Add(new string[s_n]);
        Collection<string[]> bb = b;
        bb.Add(new string[1]);
        if (b.Total != 8 || b.Count != 3 || b[0][1] != "b") return 2;
        Labeled<double> l = new Labeled<double>("nums");
        l.Add(0.5);
        Collection<double> lb = l;
        if (lb.Kind() != "nums:collection" || lb[0] != 0.5) return 3;
        Node tree = new Branch<int>
        {
            Left = new Leaf<string> { Value = "x", W = s_n },
            Right = new Branch<long> { Left = new Leaf<int> { W = 2 }, Right = new Leaf<object> { W = 3 } },
        };
        if (tree.Weight() != 12) return 4;
        return 100;
    }
}
