// Checks double dispatch through a visitor: node classes call the visitor overload for their own type (virtual Accept), and two different visitors (evaluation and size measurement) walk the same object graph.
abstract class Visitor
{
    public abstract int VisitLeaf(Leaf l);
    public abstract int VisitPair(Pair p);
    public abstract int VisitList(ListNode l);
}

abstract class Node
{
    public abstract int Accept(Visitor v);
}

class Leaf : Node
{
    public int Value;
    public Leaf(int v) { Value = v; }
    public override int Accept(Visitor v) { return v.VisitLeaf(this); }
}

class Pair : Node
{
    public Node First, Second;
    public Pair(Node a, Node b) { First = a; Second = b; }
    public override int Accept(Visitor v) { return v.VisitPair(this); }
}

class ListNode : Node
{
    public Node[] Items;
    public ListNode(Node[] items) { Items = items; }
    public override int Accept(Visitor v) { return v.VisitList(this); }
}

class SumVisitor : Visitor
{
    public override int VisitLeaf(Leaf l) { return l.Value; }
    public override int VisitPair(Pair p) { return p.First.Accept(this) * p.Second.Accept(this); }
    public override int VisitList(ListNode l)
    {
        int s = 0;
        foreach (Node n in l.Items) s += n.Accept(this);
        return s;
    }
}

class SizeVisitor : Visitor
{
    public int Leaves;
    public override int VisitLeaf(Leaf l) { Leaves++; return 1; }
    public override int VisitPair(Pair p) { return 1 + p.First.Accept(this) + p.Second.Accept(this); }
    public override int VisitList(ListNode l)
    {
        int s = 1;
        for (int i = 0; i < l.Items.Length; i++) s += l.Items[i].Accept(this);
        return s;
    }
}

class DeepVisitor : SizeVisitor
{
    public override int VisitPair(Pair p) { return base.VisitPair(p) * 2; }
}

static class Program
{
    static int s_v = 3;

    static int Main()
    {
        Node tree = new ListNode(new Node[]
        {
            new Leaf(s_v),
            new Pair(new Leaf(4), new Leaf(5)),
            new ListNode(new Node[] { new Leaf(1), new Pair(new Leaf(2), new ListNode(new Node[] { new Leaf(6), new Leaf(s_v) })) }),
        });
        if (tree.Accept(new SumVisitor()) != 3 + 20 + 1 + 2 * 9) return 1;
        SizeVisitor size = new SizeVisitor();
        if (tree.Accept(size) != 12) return 2;
        if (size.Leaves != 7) return 3;
        DeepVisitor deep = new DeepVisitor();
        if (tree.Accept(deep) != 20 || deep.Leaves != 7) return 4;
        Visitor v = deep;
        if (new Leaf(9).Accept(v) != 1 || deep.Leaves != 8) return 5;
        return 100;
    }
}
