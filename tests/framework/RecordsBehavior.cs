// Records: compiler-generated ToString (nested records, collections, nulls), value equality and ==, with-expressions, positional deconstruction, inheritance (EqualityContract), record structs, readonly record structs and a custom PrintMembers.
using System;
using System.Collections.Generic;

record Point(int X, int Y);

record Point3(int X, int Y, int Z) : Point(X, Y);

record Person(string Name, int Age)
{
    public string Nick { get; init; }
    public List<string> Tags { get; init; } = new();
}

record struct Pair(double A, string B);

readonly record struct Money(decimal Amount, string Currency)
{
    public override string ToString() => Amount.ToString("F2", System.Globalization.CultureInfo.InvariantCulture) + " " + Currency;
}

record Custom(int Value)
{
    protected virtual bool PrintMembers(System.Text.StringBuilder builder)
    {
        builder.Append("custom=").Append(Value * 10);
        return true;
    }
}

record Line(Point From, Point To);

class RecordsBehavior
{
    static int Main()
    {
        var p = new Point(1, 2);
        var q = new Point(1, 2);
        Console.WriteLine(p + " " + (p == q) + " " + p.Equals(q) + " " + ReferenceEquals(p, q) + " " + (p != q with { Y = 3 }));
        var moved = p with { X = 10 };
        Console.WriteLine(moved + " " + p + " " + (moved == p));
        var (x, y) = moved;
        Console.WriteLine(x + y);
        var p3 = new Point3(1, 2, 3);
        Point asBase = p3;
        Console.WriteLine(p3 + " " + asBase + " " + asBase.Equals(p) + " " + p.Equals(asBase) + " " + (asBase with { X = 9 }));
        var person = new Person("Ada", 36) { Nick = "countess" };
        person.Tags.Add("math");
        Console.WriteLine(person);
        var older = person with { Age = 37 };
        Console.WriteLine(older.Age + " " + ReferenceEquals(older.Tags, person.Tags) + " " + (older == person) + " " + (older with { Age = 36 } == person));
        Console.WriteLine(new Person(null, 0));
        var pair = new Pair(1.5, "b");
        var pair2 = pair;
        pair2.A = 2.5;
        Console.WriteLine(pair + " " + pair2 + " " + (pair == pair2) + " " + pair.Equals(new Pair(1.5, "b")));
        var money = new Money(12.5m, "EUR");
        Console.WriteLine(money + " " + (money == new Money(12.50m, "EUR")) + " " + (money with { Currency = "USD" }));
        Console.WriteLine(new Custom(4));
        var line = new Line(new Point(0, 0), new Point(3, 4));
        Console.WriteLine(line + " " + (line == new Line(new Point(0, 0), new Point(3, 4))));
        var set = new HashSet<Point> { new(1, 1), new(1, 1), new(2, 1) };
        Console.WriteLine(set.Count + " " + set.Contains(new Point(2, 1)));
        var dict = new Dictionary<Pair, int> { [new Pair(1, "a")] = 1 };
        dict[new Pair(1, "a")] = 2;
        Console.WriteLine(dict.Count + " " + dict[new Pair(1.0, "a")]);
        Point nul = null;
        Console.WriteLine((nul == null) + " " + (p == nul) + " " + p.Equals(nul));
        Console.WriteLine(p.GetType().Name + " " + p3.GetType().Name + " " + pair.GetType().Name);
        return 0;
    }
}
