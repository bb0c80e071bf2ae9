// LINQ aggregates and element operators: Sum/Min/Max/Average over int, long, double, decimal and nullable values, Aggregate with seed and result selector, Count/LongCount/Any/All, First/Last/Single/ElementAt (OrDefault), and the empty-sequence messages.
using System;
using System.Collections.Generic;
using System.Linq;

class LinqAggregates
{
    static int Main()
    {
        int[] ints = { 3, -1, 4, 1, -5, 9, 2, 6 };
        long[] longs = { 10000000000, 20000000000, -5 };
        double[] doubles = { 1.5, 2.25, -0.75, 10.0 };
        decimal[] decimals = { 1.10m, 2.20m, 3.30m };
        int?[] nullables = { 1, null, 5, null, 3 };
        Console.WriteLine(ints.Sum() + " " + ints.Min() + " " + ints.Max() + " " + ints.Average());
        Console.WriteLine(longs.Sum() + " " + longs.Min() + " " + longs.Max() + " " + longs.Average());
        Console.WriteLine(doubles.Sum() + " " + doubles.Min() + " " + doubles.Max() + " " + doubles.Average());
        Console.WriteLine(decimals.Sum() + " " + decimals.Min() + " " + decimals.Max() + " " + decimals.Average());
        Console.WriteLine(nullables.Sum() + " " + nullables.Min() + " " + nullables.Max() + " " + nullables.Average() + " " + nullables.Count(n => n.HasValue));
        Console.WriteLine(new int?[] { null }.Sum() + " [" + new int?[] { null }.Max() + "] [" + new int?[0].Average() + "]");
        Console.WriteLine(ints.Sum(x => x * 2) + " " + ints.Max(x => -x) + " " + ints.Average(x => (double)x * x));
        Console.WriteLine(ints.Aggregate((a, b) => a * b) + " " + ints.Aggregate(100, (a, b) => a - b) + " " + ints.Aggregate("", (s, x) => s + x, s => "<" + s + ">"));
        Console.WriteLine(new[] { "a", "b", "c" }.Aggregate((x, y) => y + x));
        Console.WriteLine(ints.Count() + " " + ints.Count(x => x > 0) + " " + ints.LongCount() + " " + ints.Any() + " " + ints.Any(x => x > 8) + " " + ints.All(x => x > -10) + " " + new int[0].All(x => x > 100));
        Console.WriteLine(ints.First() + " " + ints.First(x => x > 3) + " " + ints.Last() + " " + ints.Last(x => x < 0) + " " + ints.ElementAt(2) + " " + ints.ElementAt(^1));
        Console.WriteLine(ints.FirstOrDefault(x => x > 100) + " " + ints.LastOrDefault(x => x > 100, -1) + " " + ints.ElementAtOrDefault(99) + " [" + new string[0].FirstOrDefault() + "]");
        Console.WriteLine(ints.Single(x => x == 9) + " " + ints.SingleOrDefault(x => x == 99) + " " + new[] { 7 }.Single());
        Console.WriteLine(Enumerable.Range(1, 100).Sum() + " " + Enumerable.Range(1, 10).Aggregate(1L, (a, b) => a * b) + " " + Enumerable.Range(1, 4).Average());
        Console.WriteLine(new[] { 0.1, 0.2, 0.3 }.Sum() + " " + new float[] { 0.1f, 0.2f, 0.3f }.Sum() + " " + new float[] { 1f, 2f }.Average());
        Console.WriteLine(new[] { double.NaN, 1.0 }.Max() + " " + new[] { double.NaN, 1.0 }.Min() + " " + new[] { "pear", "apple", "fig" }.Max() + " " + new[] { "pear", "apple", "fig" }.Min());
        Console.WriteLine(ints.SequenceEqual(new[] { 3, -1, 4, 1, -5, 9, 2, 6 }) + " " + ints.Contains(9) + " " + ints.Order().SequenceEqual(ints));
        Check(() => new int[0].Max());
        Check(() => new int[0].Average());
        Check(() => new int[0].First());
        Check(() => ints.First(x => x > 100));
        Check(() => ints.Single(x => x > 0));
        Check(() => ints.ElementAt(50));
        Check(() => checked(new[] { int.MaxValue, 1 }.Sum()));
        Check(() => new List<string>().Last());
        return 0;
    }

    static void Check<T>(Func<T> f)
    {
        try
        {
            Console.WriteLine("no exception: " + f());
        }
        catch (Exception e)
        {
            Console.WriteLine(e.GetType().Name + ": " + e.Message);
        }
    }
}
