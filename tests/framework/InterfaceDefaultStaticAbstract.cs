// Default interface methods (inherited, overridden, diamond with a most-specific override, called on boxed structs) and static abstract/virtual interface members (static factories, operators, constants, generic math over a user interface).
using System;
using System.Collections.Generic;

interface IGreeter
{
    string Name { get; }
    string Greet() => "Hello, " + Name + Punctuation();
    string Punctuation() => "!";
    static int Created;
    static string Describe(IGreeter g) => "[" + g.GetType().Name + " says " + g.Greet() + "]";
}

class Plain : IGreeter { public string Name => "plain"; public Plain() { IGreeter.Created++; } }

class Polite : IGreeter { public string Name => "polite"; public string Greet() => "Good day, " + Name + "."; }

class Excited : IGreeter { public string Name => "excited"; string IGreeter.Punctuation() => "!!!"; }

interface IShape { double Area(); string Kind() => "shape"; }

interface IPolygon : IShape { int Sides { get; } string IShape.Kind() => Sides + "-gon"; }

interface IRegular : IShape { string IShape.Kind() => "regular"; }

interface IRegularPolygon : IPolygon, IRegular { string IShape.Kind() => "regular " + Sides + "-gon"; }

class Square : IRegularPolygon
{
    public double Side;
    public int Sides => 4;
    public double Area() => Side * Side;
}

struct Tally : IGreeter { public int Count; public string Name => "tally" + Count; }

interface IMonoid<T> where T : IMonoid<T>
{
    static abstract T Zero { get; }
    static abstract T operator +(T a, T b);
    static virtual string Label => "monoid";
}

readonly record struct Length(int Millimetres) : IMonoid<Length>
{
    public static Length Zero => new Length(0);
    public static Length operator +(Length a, Length b) => new Length(a.Millimetres + b.Millimetres);
    static string IMonoid<Length>.Label => "length";
}

readonly record struct Word(string Text) : IMonoid<Word>
{
    public static Word Zero => new Word("");
    public static Word operator +(Word a, Word b) => new Word(a.Text + b.Text);
}

interface IParseableThing<TSelf> where TSelf : IParseableThing<TSelf> { static abstract TSelf Parse(string s); static abstract string Unit { get; } }

record Temperature(int Degrees) : IParseableThing<Temperature>
{
    public static Temperature Parse(string s) => new Temperature(int.Parse(s.TrimEnd('C')));
    public static string Unit => "C";
}

class InterfaceDefaultStaticAbstract
{
    static T Sum<T>(IEnumerable<T> items) where T : IMonoid<T>
    {
        T total = T.Zero;
        foreach (var item in items)
            total += item;
        return total;
    }

    static string LabelOf<T>() where T : IMonoid<T> => T.Label;

    static List<T> ParseAll<T>(params string[] texts) where T : IParseableThing<T>
    {
        var result = new List<T>();
        foreach (var t in texts)
            result.Add(T.Parse(t));
        return result;
    }

    static int Main()
    {
        IGreeter[] greeters = { new Plain(), new Polite(), new Excited(), new Plain() };
        foreach (var g in greeters)
            Console.WriteLine(g.Greet() + " | " + IGreeter.Describe(g));
        Console.WriteLine("static field in interface: " + IGreeter.Created);
        var polite = new Polite();
        Console.WriteLine("class member hides default: " + polite.Greet() + " / " + ((IGreeter)polite).Punctuation());

        var sq = new Square { Side = 3 };
        IShape shape = sq;
        Console.WriteLine("diamond most specific: " + shape.Kind() + " area " + shape.Area() + " via IPolygon " + ((IPolygon)sq).Kind() + " via IRegular " + ((IRegular)sq).Kind());

        var tally = new Tally { Count = 2 };
        IGreeter boxed = tally;
        tally.Count = 9;
        Console.WriteLine("boxed struct default method: " + boxed.Greet() + " original now " + tally.Name);

        Console.WriteLine("Sum lengths: " + Sum(new[] { new Length(10), new Length(25), new Length(7) }));
        Console.WriteLine("Sum words: " + Sum(new List<Word> { new Word("ab"), new Word("cd"), new Word("e") }).Text + " empty: [" + Sum(new Word[0]).Text + "]");
        Console.WriteLine("static virtual: " + LabelOf<Length>() + " " + LabelOf<Word>());
        var temps = ParseAll<Temperature>("21C", "-4C", "37");
        Console.WriteLine("static abstract Parse: " + string.Join(", ", temps) + " unit " + Temperature.Unit);
        return 0;
    }
}
