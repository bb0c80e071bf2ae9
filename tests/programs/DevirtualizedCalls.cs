// Virtual and interface calls the constructed types answer (direct calls, or a guarded chain of them): an override
// a derived class inherits, a receiver typed as a derived class, a struct's interface method on a boxed value, a
// generic class's override, a null receiver, more implementations than the chain takes, an interface arrays list,
// variant interfaces (one instantiation answering for another), and a virtual call in a method with handlers;
// prints what it computed and returns 100.
using System;
using System.Collections.Generic;

abstract class Shape
{
    public abstract int Area();
    public virtual int Corners() => 0;
    public virtual string Name() => "shape";
}

class Rect : Shape
{
    protected readonly int W, H;
    public Rect(int w, int h) { W = w; H = h; }
    public override int Area() => W * H;
    public override int Corners() => 4;
}

sealed class Square : Rect
{
    public Square(int s) : base(s, s) { }
    public override string Name() => "square";
}

sealed class Dot : Shape
{
    public override int Area() => 0;
}

// Only one class overrides it and only one is ever made: the call is direct.
abstract class Counter
{
    public abstract int Next();
}

sealed class Step : Counter
{
    int n;
    public override int Next() => n += 3;
}

interface IWeight { int Weight(); }

struct Coin : IWeight
{
    public int Value;
    public int Weight() => Value * 2;
}

class Crate : IWeight
{
    public int Weight() => 50;
}

abstract class Holder
{
    public abstract int Size();
}

class Box<T> : Holder
{
    readonly T[] items;
    public Box(int n) { items = new T[n]; }
    public override int Size() => items.Length;
}

// Five implementations along a chain of classes, each overriding the one the interface maps to.
interface ICode { int Code(); }
class C1 : ICode { public virtual int Code() => 1; }
class C2 : C1 { public override int Code() => base.Code() + 1; }
class C3 : C2 { public override int Code() => 3; }
class C4 : C3 { public override int Code() => base.Code() + 1; }
class C5 : C4 { public override int Code() => 5; }

// Variant interfaces: a call through IProducer<string> only StringProducer answers; a call through
// IProducer<object> answered by the same object through variance; an IEqualityComparer<object> called as an
// IEqualityComparer<string>.
interface IProducer<out T> { T Make(); }
sealed class StringProducer : IProducer<string> { public string Make() => "made"; }
sealed class LengthComparer : IEqualityComparer<object>
{
    public new bool Equals(object? x, object? y) => x?.ToString()?.Length == y?.ToString()?.Length;
    public int GetHashCode(object o) => o.ToString()!.Length;
}

static class Program
{
    static int AreaOf(Shape s) => s.Area();
    static int CornersOf(Shape s) => s.Corners();
    static string NameOf(Shape s) => s.Name();
    // Typed as Rect: only Rect and Square can come here (Dot's override is not a target).
    static int RectArea(Rect r) => r.Area();
    static int WeightOf(IWeight w) => w.Weight();
    static int CodeOf(ICode c) => c.Code();
    static int CountOf(IList<int> list) => list.Count;
    static int SizeOf(Holder h) => h.Size();

    static int Guarded(Shape s)
    {
        try { return s.Area() + 1; }
        catch (NullReferenceException) { return -1; }
    }

    static int Main()
    {
        var shapes = new Shape[] { new Rect(2, 3), new Square(4), new Dot(), new Rect(5, 1) };
        int check = 0;
        foreach (var s in shapes)
        {
            check = check * 7 + AreaOf(s) + CornersOf(s) * 3;
            Console.WriteLine($"{NameOf(s)}: area {AreaOf(s)}, corners {CornersOf(s)}");
        }
        Console.WriteLine($"rect areas {RectArea(new Rect(3, 3))} {RectArea(new Square(6))}");

        Counter c = new Step();
        int steps = 0;
        for (int i = 0; i < 4; i++) steps += c.Next();
        Console.WriteLine($"steps {steps}");

        IWeight boxed = new Coin { Value = 21 };
        Console.WriteLine($"weights {WeightOf(boxed)} {WeightOf(new Crate())}");

        Console.WriteLine($"sizes {SizeOf(new Box<int>(3))} {SizeOf(new Box<string>(5))}");

        var codes = new ICode[] { new C1(), new C2(), new C3(), new C4(), new C5() };
        int codeSum = 0;
        foreach (var code in codes) codeSum = codeSum * 10 + CodeOf(code);
        Console.WriteLine($"codes {codeSum}");

        Console.WriteLine($"counts {CountOf(new int[7])} {CountOf(new List<int> { 1, 2 })}");
        IEnumerable<object> variant = new List<string> { "a", "b", "c" };
        int n = 0;
        foreach (var o in variant) n += ((string)o).Length;
        Console.WriteLine($"variant {n}");

        IProducer<string> producer = new StringProducer();
        IProducer<object> asObjects = producer;
        IEqualityComparer<string> byLength = new LengthComparer();
        Console.WriteLine($"variant calls {producer.Make()} {asObjects.Make()} {byLength.Equals("abc", "xyz")} {byLength.Equals("a", "xyz")} {byLength.GetHashCode("four")}");

        int nulls = 0;
        try { AreaOf(null!); }
        catch (NullReferenceException) { nulls++; }
        try { WeightOf(null!); }
        catch (NullReferenceException) { nulls++; }
        Console.WriteLine($"nulls {nulls} guarded {Guarded(new Square(3))} {Guarded(null!)}");

        bool right = check == 7563 && steps == 30 && codeSum == 12345 && nulls == 2;
        Console.WriteLine($"check {check}");
        return right ? 100 : 1;
    }
}
