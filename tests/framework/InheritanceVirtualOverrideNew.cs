// Class inheritance: virtual/override/new/sealed/abstract members, base calls through several levels, hiding seen through base and derived references, virtual calls from a base constructor before derived fields are set, virtual properties and indexers, ToString/Equals overrides, and generic virtual methods.
using System;
using System.Collections.Generic;

abstract class Shape
{
    protected readonly List<string> Log = new List<string>();
    public string Created;

    protected Shape()
    {
        Created = "ctor sees " + Describe();
    }

    public abstract double Area { get; }
    public virtual string Name => "shape";
    public virtual string Describe() => Name + " area " + Area;
    public string Kind() => "Shape.Kind";
    public virtual T Convert<T>(Func<Shape, T> f) => f(this);
    public override string ToString() => "<" + Name + ">";
}

class Rect : Shape
{
    protected double W = 2, H = 3;
    public Rect() { Log.Add("Rect ctor"); }
    public Rect(double w, double h) : this() { W = w; H = h; }
    public override double Area => W * H;
    public override string Name => "rect";
    public new string Kind() => "Rect.Kind";
    public override T Convert<T>(Func<Shape, T> f)
    {
        Log.Add("Rect.Convert<" + typeof(T).Name + ">");
        return base.Convert(f);
    }
    public virtual string this[int i] => i == 0 ? "W=" + W : "H=" + H;
}

class Square : Rect
{
    private readonly double _side = 5;
    public Square() : base() { W = H = _side; }
    public override string Name => "square";
    public sealed override string Describe() => "sq(" + base.Describe() + ")";
    public new virtual string Kind() => "Square.Kind";
    public override string this[int i] => "side " + base[i];
    public string History => string.Join(";", Log);
}

class TinySquare : Square
{
    public override string Name => "tiny " + base.Name;
    public override string Kind() => "TinySquare.Kind";
    public override bool Equals(object obj) => obj is TinySquare t && t.Area == Area;
    public override int GetHashCode() => 1;
}

class Circle : Shape
{
    private readonly double _r;
    public Circle(double r) { _r = r; }
    public override double Area => 3 * _r * _r;
    public override string Describe() => "circle r=" + _r + " (" + base.Describe() + ")";
}

class Base
{
    public virtual string Who() => "Base";
    public string CallWho() => "CallWho:" + Who();
}

class Middle : Base
{
    public override string Who() => "Middle>" + base.Who();
}

class Leaf : Middle
{
    public new string Who() => "Leaf(new)";
}

class LeafOverride : Middle
{
    public override string Who() => "LeafOverride>" + base.Who();
}

class InheritanceVirtualOverrideNew
{
    static int Main()
    {
        var shapes = new List<Shape> { new Rect(), new Rect(4, 0.5), new Square(), new TinySquare(), new Circle(2) };
        foreach (var s in shapes)
            Console.WriteLine(s.GetType().Name + ": " + s + " " + s.Describe() + " | " + s.Created + " | " + s.Kind());
        var sq = new Square();
        Rect asRect = sq;
        Shape asShape = sq;
        Console.WriteLine("hiding: " + sq.Kind() + " " + asRect.Kind() + " " + asShape.Kind());
        var tiny = new TinySquare();
        Square tinyAsSquare = tiny;
        Rect tinyAsRect = tiny;
        Console.WriteLine("new virtual chain: " + tiny.Kind() + " " + tinyAsSquare.Kind() + " " + tinyAsRect.Kind());
        Console.WriteLine("indexer: " + asRect[0] + " " + new Rect(7, 8)[1] + " " + tinyAsRect[1]);
        Console.WriteLine("generic virtual: " + asShape.Convert(s => s.Area) + " " + asShape.Convert(s => s.Name.Length) + " " + asShape.Convert<object>(s => s) + " history " + sq.History);
        Console.WriteLine("Equals override: " + tiny.Equals(new TinySquare()) + " " + tiny.Equals(new Square()) + " " + Equals(new TinySquare(), tiny) + " " + new Square().Equals(new Square()));
        Base[] chain = { new Base(), new Middle(), new Leaf(), new LeafOverride() };
        foreach (var b in chain)
            Console.WriteLine(b.GetType().Name + ": " + b.Who() + " " + b.CallWho());
        var leaf = new Leaf();
        Console.WriteLine("Leaf direct: " + leaf.Who() + " via Middle: " + ((Middle)leaf).Who());
        Console.WriteLine("is/as: " + (asShape is Rect) + " " + (asShape is Circle) + " " + (asShape as Square != null) + " " + (shapes[4] as Rect == null));
        return 0;
    }
}
