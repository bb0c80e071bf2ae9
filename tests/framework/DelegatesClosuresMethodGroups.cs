// Delegates from method groups (static, instance, extension, generic, overloaded), closures over for and foreach loop variables and shared captured state, static lambdas, Func/Action with many parameters, Predicate/Comparison/Converter with the collection APIs, and delegate variance with method groups.
using System;
using System.Collections.Generic;
using System.Linq;

static class TextExtensions
{
    public static string Shout(this string s) => s.ToUpperInvariant() + "!";
    public static int Times(this int n, int k) => n * k;
}

class Accumulator
{
    private int _total;
    public int Add(int x) => _total += x;
    public int Total => _total;
}

class DelegatesClosuresMethodGroups
{
    static int Square(int x) => x * x;
    static string Describe(int x) => "int " + x;
    static string Describe(string s) => "string " + s;
    static T Identity<T>(T value) => value;
    static string MakeString() => "made";
    static void TakeObject(object o) => Console.WriteLine("  TakeObject(" + o + ")");
    static bool IsEven(int x) => x % 2 == 0;

    static int Main()
    {
        Func<int, int> sq = Square;
        Func<int, string> d1 = Describe;
        Func<string, string> d2 = Describe;
        Func<double, double> id = Identity;
        Func<string, string> shout = TextExtensions.Shout;
        Func<int, int> triple = x => x.Times(3);
        Console.WriteLine("method groups: " + sq(7) + " " + d1(1) + " " + d2("x") + " " + id(2.5) + " " + shout("hey") + " " + triple(5));
        Func<string> boundExtension = "quiet".Shout;
        Console.WriteLine("bound extension: " + boundExtension());

        var acc = new Accumulator();
        Func<int, int> add = acc.Add;
        add(5);
        add(10);
        Console.WriteLine("instance method group: " + acc.Total + " " + new[] { 1, 2, 3 }.Select(acc.Add).Last());

        var forActions = new List<Func<int>>();
        for (int i = 0; i < 3; i++)
            forActions.Add(() => i);
        var forCopies = new List<Func<int>>();
        for (int i = 0; i < 3; i++)
        {
            int copy = i;
            forCopies.Add(() => copy);
        }
        var foreachActions = new List<Func<int>>();
        foreach (var item in new[] { 10, 20, 30 })
            foreachActions.Add(() => item);
        Console.WriteLine("for shares: " + string.Join(",", forActions.Select(f => f())) + " copies: " + string.Join(",", forCopies.Select(f => f())) + " foreach: " + string.Join(",", foreachActions.Select(f => f())));

        int shared = 0;
        Action inc = () => shared++;
        Func<int> get = () => shared * 10;
        inc();
        inc();
        shared += 100;
        Console.WriteLine("shared capture: " + get() + " " + shared);
        Func<Func<int>> counterFactory = () => { int n = 0; return () => ++n; };
        var c1 = counterFactory();
        var c2 = counterFactory();
        Console.WriteLine("independent closures: " + c1() + c1() + c1() + " " + c2());

        Func<int, int, int> mul = static (a, b) => a * b;
        Func<int, int> negate = static x => -x;
        Console.WriteLine("static lambdas: " + mul(6, 7) + " " + negate(4));

        Func<int, int, int, int, int, int, int, int, int, int, int, int, int, int, int, int, long> sixteen =
            (a, b, c, d, e, f, g, h, i, j, k, l, m, n, o, p) => (long)a + b * 2 + c * 3 + d * 4 + e * 5 + f * 6 + g * 7 + h * 8 + i * 9 + j * 10 + k * 11 + l * 12 + m * 13 + n * 14 + o * 15 + p * 16;
        Console.WriteLine("Func with 16 args: " + sixteen(1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1) + " " + sixteen(16, 15, 14, 13, 12, 11, 10, 9, 8, 7, 6, 5, 4, 3, 2, 1));
        string joined = null;
        Action<string, int, double, char, bool, long, decimal, byte, short> nine = (s, i, db, ch, bo, l, de, by, sh) => joined = string.Join("|", s, i, db, ch, bo, l, de, by, sh);
        nine("s", 1, 2.5, 'c', true, 1L << 40, 9.99m, 255, -3);
        Console.WriteLine("Action with 9 args: " + joined);

        var numbers = new List<int> { 5, 3, 8, 1, 9, 2 };
        Predicate<int> even = IsEven;
        Console.WriteLine("Predicate: " + string.Join(",", numbers.FindAll(even)) + " " + numbers.Exists(even) + " " + numbers.TrueForAll(x => x > 0) + " " + numbers.FindIndex(even) + " removed " + new List<int>(numbers).RemoveAll(even));
        Comparison<int> descending = (x, y) => y.CompareTo(x);
        numbers.Sort(descending);
        Console.WriteLine("Comparison: " + string.Join(",", numbers));
        Converter<int, string> toHex = x => x.ToString("X2");
        Console.WriteLine("Converter: " + string.Join(",", numbers.ConvertAll(toHex)) + " " + string.Join(",", Array.ConvertAll(new[] { 255, 16 }, toHex)));

        Func<object> covariant = MakeString;
        Action<string> contravariant = TakeObject;
        Console.WriteLine("variance with method groups: " + covariant());
        contravariant("text");
        Func<int, int> composed = x => sq(triple(x));
        Func<int, int> chain = new[] { sq, triple, negate }.Aggregate((f, g) => x => g(f(x)));
        Console.WriteLine("composition: " + composed(2) + " " + chain(3));
        Func<int, string> fromLambda = x => d1(x);
        Console.WriteLine("delegate types: " + sq.GetType().Name + " " + nine.GetType().Name + " " + even.GetType().Name + " " + fromLambda.GetType().Name);
        return 0;
    }
}
