// Pattern matching: switch expressions with type, constant, relational, logical (and/or/not), property, extended property, positional, list (slices) and var patterns, when clauses, null checks and switch statements.
using System;

abstract record Shape;
record Circle(double R) : Shape;
record Rect(double W, double H) : Shape;
record Tri(double A, double B, double C) : Shape;

class Order
{
    public string Customer { get; set; }
    public decimal Total { get; set; }
    public Address Ship { get; set; }
}

class Address
{
    public string Country { get; set; }
}

class PatternMatchingForms
{
    static string Classify(int n) => n switch
    {
        < 0 => "negative",
        0 => "zero",
        > 0 and < 10 => "small",
        10 or 20 or 30 => "round",
        >= 100 and not 1000 => "big",
        _ => "other",
    };

    static string Describe(object o) => o switch
    {
        null => "null",
        int i when i % 2 == 0 => "even int " + i,
        int i => "odd int " + i,
        string { Length: 0 } => "empty string",
        string s => "string of " + s.Length,
        Circle { R: > 10 } => "big circle",
        Circle c => "circle " + c.R,
        Rect(var w, var h) when w == h => "square " + w,
        Rect(var w, _) => "rect w=" + w,
        Shape => "some shape",
        int[] { Length: > 3 } arr => "long array " + arr.Length,
        double or float => "floating",
        _ => "unknown " + o.GetType().Name,
    };

    static string Lists(int[] a) => a switch
    {
        [] => "empty",
        [var only] => "one: " + only,
        [1, .., 9] => "1..9",
        [var first, _, var third] => "three: " + first + "," + third,
        [0, .. var rest] => "zero then " + rest.Length,
        [.., > 100] => "ends big",
        _ => "other list",
    };

    static string Ship(Order o) => o switch
    {
        { Ship.Country: "NO" or "SE" or "DK", Total: > 1000m } => "nordic free",
        { Ship.Country: "NO" or "SE" or "DK" } => "nordic",
        { Ship: null } => "pickup",
        { Customer: var c, Total: var t } when t > 500m => "vip " + c,
        _ => "standard",
    };

    static string Str(string s) => s;

    static char Chr(char c) => c;

    static int Main()
    {
        foreach (var n in new[] { -5, 0, 3, 10, 20, 50, 100, 1000, 2000 })
            Console.Write(Classify(n) + " ");
        Console.WriteLine();
        object[] things = { null, 4, 7, "", "hello", new Circle(20), new Circle(1.5), new Rect(2, 2), new Rect(3, 1), new Tri(3, 4, 5), new[] { 1, 2, 3, 4 }, new[] { 1 }, 2.5, 1.5f, 'c' };
        foreach (var t in things)
            Console.WriteLine(Describe(t));
        int[][] lists = { new int[0], new[] { 7 }, new[] { 1, 5, 9 }, new[] { 1, 2, 3, 4, 9 }, new[] { 4, 5, 6 }, new[] { 0, 1, 2, 3 }, new[] { 5, 6, 7, 200 }, new[] { 5, 6, 7, 8 } };
        foreach (var l in lists)
            Console.WriteLine(Lists(l));
        var orders = new[]
        {
            new Order { Customer = "a", Total = 2000m, Ship = new Address { Country = "NO" } },
            new Order { Customer = "b", Total = 20m, Ship = new Address { Country = "SE" } },
            new Order { Customer = "c", Total = 20m, Ship = null },
            new Order { Customer = "d", Total = 600m, Ship = new Address { Country = "US" } },
            new Order { Customer = "e", Total = 6m, Ship = new Address { Country = "US" } },
        };
        foreach (var o in orders)
            Console.WriteLine(Ship(o));
        foreach (var s in new Shape[] { new Circle(1), new Rect(2, 3), new Tri(1, 1, 1) })
        {
            switch (s)
            {
                case Circle c:
                    Console.WriteLine("area " + (c.R * c.R * 3).ToString(System.Globalization.CultureInfo.InvariantCulture));
                    break;
                case Rect { W: var w, H: var h }:
                    Console.WriteLine("area " + w * h);
                    break;
                default:
                    Console.WriteLine("no area for " + s);
                    break;
            }
        }
        object x = 42;
        if (x is int v and > 40)
            Console.WriteLine("is int > 40: " + v);
        if (x is not string)
            Console.WriteLine("not a string");
        string str = null;
        Console.WriteLine((str is null) + " " + (str is { }) + " " + (Str("abc") is { Length: 3 }) + " " + (Chr('m') is >= 'a' and <= 'z'));
        return 0;
    }
}
