// LINQ deferred execution (an iterator that prints when the source is enumerated and each element pulled), re-enumeration, ToList materialization, short-circuiting of Any/First/Take, and the .NET 9 operators Index(), CountBy and AggregateBy, plus Aggregate with seed and result selector.
using System;
using System.Collections.Generic;
using System.Linq;

class LinqDeferredNet9
{
    static IEnumerable<int> Source(string name, params int[] values)
    {
        Console.WriteLine("  [" + name + " start]");
        try
        {
            foreach (int v in values)
            {
                Console.WriteLine("  [" + name + " yield " + v + "]");
                yield return v;
            }
            Console.WriteLine("  [" + name + " end]");
        }
        finally
        {
            Console.WriteLine("  [" + name + " disposed]");
        }
    }

    static int Main()
    {
        Console.WriteLine("build query");
        var query = Source("s", 1, 2, 3, 4).Where(x => { Console.WriteLine("  where " + x); return x % 2 == 0; }).Select(x => { Console.WriteLine("  select " + x); return x * 10; });
        Console.WriteLine("enumerate");
        foreach (int v in query)
            Console.WriteLine("got " + v);
        Console.WriteLine("first");
        Console.WriteLine("first = " + query.First());
        Console.WriteLine("any");
        Console.WriteLine("any = " + Source("a", 5, 6, 7).Any(x => x > 5));
        Console.WriteLine("take 1 of orderby");
        Console.WriteLine("min = " + string.Join(",", Source("o", 3, 1, 2).OrderBy(x => x).Take(1)));
        var list = new List<int> { 1, 2 };
        var deferred = list.Select(x => x * 100);
        var materialized = deferred.ToList();
        list.Add(3);
        Console.WriteLine("deferred sees " + string.Join(",", deferred) + " materialized " + string.Join(",", materialized));
        int counter = 0;
        var counting = Enumerable.Range(0, 3).Select(x => ++counter);
        Console.WriteLine("reenumerate " + string.Join(",", counting) + " | " + string.Join(",", counting) + " count " + counter);
        try
        {
            foreach (var x in list.Select(x => x))
                if (x == 2)
                    list.Add(9);
        }
        catch (InvalidOperationException e)
        {
            Console.WriteLine(e.GetType().Name + ": " + e.Message);
        }

        var words = new[] { "apple", "bob", "cat", "avocado", "banana", "cherry", "axe" };
        foreach (var (index, item) in words.Take(3).Index())
            Console.WriteLine("index " + index + " " + item);
        Console.WriteLine("countby " + string.Join(" ", words.CountBy(w => w[0]).Select(kv => kv.Key + "=" + kv.Value)));
        Console.WriteLine("countby length " + string.Join(" ", words.CountBy(w => w.Length).OrderBy(kv => kv.Key).Select(kv => kv.Key + ":" + kv.Value)));
        Console.WriteLine("aggregateby " + string.Join(" ", words.AggregateBy(w => w[0], "", (acc, w) => acc + w.Length.ToString()).Select(kv => kv.Key + "=" + kv.Value)));
        Console.WriteLine("aggregateby seed selector " + string.Join(" ", words.AggregateBy(w => w.Length % 2 == 0, k => k ? 1000 : 0, (acc, w) => acc + w.Length).Select(kv => kv.Key + "=" + kv.Value)));
        Console.WriteLine("aggregate " + words.Aggregate((a, b) => a.Length >= b.Length ? a : b) + " " + words.Aggregate(0, (n, w) => n + w.Length) + " " + words.Aggregate("", (s, w) => s + w[0], s => s.ToUpperInvariant()));
        Console.WriteLine("index on deferred:");
        foreach (var (i, v) in Source("i", 7, 8).Index())
            Console.WriteLine("  pair " + i + "," + v);
        Console.WriteLine("countby deferred:");
        var counts = Source("c", 1, 1, 2).CountBy(x => x);
        Console.WriteLine("not yet enumerated");
        Console.WriteLine("counts " + string.Join(",", counts));
        Console.WriteLine("break early:");
        foreach (int v in Source("b", 1, 2, 3))
        {
            if (v == 2)
                break;
        }
        Console.WriteLine("done");
        return 0;
    }
}
