// Value tuples and deconstruction: named and positional elements, ToString of nested and long tuples, equality, comparison, swapping, deconstructing user types and KeyValuePairs, discards, tuple returns, System.Tuple.
using System;
using System.Collections.Generic;

class Temperature
{
    public double Celsius;
    public string Place;

    public void Deconstruct(out string place, out double celsius)
    {
        place = Place;
        celsius = Celsius;
    }
}

class TuplesDeconstruction
{
    static (int Min, int Max, double Mean) Stats(int[] values)
    {
        int min = int.MaxValue, max = int.MinValue, sum = 0;
        foreach (var v in values)
        {
            min = Math.Min(min, v);
            max = Math.Max(max, v);
            sum += v;
        }
        return (min, max, (double)sum / values.Length);
    }

    static int Main()
    {
        var t = (1, "two", 3.0);
        Console.WriteLine(t + " " + t.Item1 + " " + t.Item2 + " " + t.Item3);
        var named = (Name: "x", Count: 5);
        Console.WriteLine(named + " " + named.Name + " " + named.Count);
        var s = Stats(new[] { 4, 8, 15, 16, 23, 42 });
        Console.WriteLine(s + " " + s.Min + " " + s.Max + " " + s.Mean);
        var (mn, mx, _) = s;
        Console.WriteLine(mn + mx);
        int a = 1, b = 2;
        (a, b) = (b, a);
        Console.WriteLine(a + " " + b);
        var nested = (1, (2, (3, "four")), new[] { 5 }.Length);
        Console.WriteLine(nested + " " + nested.Item2.Item2.Item2);
        var longTuple = (1, 2, 3, 4, 5, 6, 7, 8, 9, 10);
        Console.WriteLine(longTuple + " " + longTuple.Item10 + " " + longTuple.Rest);
        Console.WriteLine(((1, "a") == (1, "a")) + " " + ((1, 2) != (1, 3)) + " " + (1, "a").Equals((1, "a")) + " " + (1, 2).CompareTo((1, 3)) + " " + (2, 0).CompareTo((1, 9)));
        Console.WriteLine((null as string, (int?)null) + " " + default((int, string)) + " " + ValueTuple.Create() + " " + ValueTuple.Create(7));
        var temp = new Temperature { Place = "Oslo", Celsius = -3.5 };
        var (place, celsius) = temp;
        Console.WriteLine(place + " " + celsius);
        var dict = new Dictionary<string, int> { ["a"] = 1, ["b"] = 2 };
        foreach (var (key, value) in dict)
            Console.Write(key + "=" + value + " ");
        Console.WriteLine();
        var list = new List<(string Name, int Score)> { ("bo", 3), ("al", 9), ("cy", 3) };
        list.Sort((l, r) => r.Score != l.Score ? r.Score.CompareTo(l.Score) : string.CompareOrdinal(l.Name, r.Name));
        Console.WriteLine(string.Join(" ", list));
        foreach (var (name, score) in list)
            Console.Write(name[0] + score.ToString() + " ");
        Console.WriteLine();
        var oldTuple = Tuple.Create(1, "x", 2.5);
        Console.WriteLine(oldTuple + " " + oldTuple.Item2 + " " + oldTuple.Equals(Tuple.Create(1, "x", 2.5)) + " " + oldTuple.ToValueTuple());
        var kv = KeyValuePair.Create("k", 42);
        Console.WriteLine(kv + " " + kv.Key);
        (int q, int r) = Math.DivRem(47, 5);
        Console.WriteLine(q + " r" + r);
        (string first, (int second, bool third)) = ("f", (2, true));
        Console.WriteLine(first + second + third);
        object boxed = (3, "boxed");
        if (boxed is (int n, string str))
            Console.WriteLine("pattern " + n + str);
        Console.WriteLine(boxed is ValueTuple<int, string> vt ? vt.Item2 : "no");
        return 0;
    }
}
