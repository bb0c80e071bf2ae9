// LINQ ordering and grouping: OrderBy/ThenBy/OrderByDescending/ThenByDescending (stable), Order, custom comparers, GroupBy (key order of first occurrence, element and result selectors), ToLookup, GroupJoin and Join, CountBy and AggregateBy.
using System;
using System.Collections.Generic;
using System.Linq;

class LinqOrderGroup
{
    record Person(string Name, string City, int Age);

    static int Main()
    {
        var people = new List<Person>
        {
            new("Ann", "Oslo", 31), new("Bob", "Rome", 25), new("Cid", "Oslo", 25), new("Dee", "Lima", 40),
            new("Eve", "Rome", 31), new("Fay", "Oslo", 19), new("Gus", "Lima", 25), new("Hal", "Rome", 40),
        };
        Console.WriteLine(string.Join(" ", people.OrderBy(p => p.Age).Select(p => p.Name)));
        Console.WriteLine(string.Join(" ", people.OrderByDescending(p => p.Age).Select(p => p.Name)));
        Console.WriteLine(string.Join(" ", people.OrderBy(p => p.City, StringComparer.Ordinal).ThenByDescending(p => p.Age).Select(p => p.City + "/" + p.Name)));
        Console.WriteLine(string.Join(" ", people.OrderByDescending(p => p.Age).ThenBy(p => p.Name).Select(p => p.Age + p.Name)));
        Console.WriteLine(string.Join(" ", new[] { 5, 3, 9, 1, 3 }.Order()) + " | " + string.Join(" ", new[] { 5, 3, 9, 1 }.OrderDescending()));
        Console.WriteLine(string.Join(" ", new[] { "bb", "a", "ccc", "B", "A" }.OrderBy(s => s, StringComparer.Ordinal)));
        Console.WriteLine(string.Join(" ", new[] { "bb", "a", "ccc", "dd", "e" }.OrderBy(s => s.Length).ThenByDescending(s => s, StringComparer.Ordinal)));
        foreach (var g in people.GroupBy(p => p.City))
            Console.WriteLine(g.Key + ": " + string.Join(",", g.Select(p => p.Name)) + " (" + g.Count() + ")");
        foreach (var g in people.GroupBy(p => p.Age, p => p.Name))
            Console.WriteLine(g.Key + " -> " + string.Join(",", g));
        Console.WriteLine(string.Join(" ", people.GroupBy(p => p.City, (city, ps) => city + "=" + ps.Sum(p => p.Age))));
        Console.WriteLine(string.Join(" ", Enumerable.Range(1, 10).GroupBy(n => n % 3).Select(g => g.Key + ":" + string.Join("", g))));
        var lookup = people.ToLookup(p => p.Age >= 30 ? "senior" : "junior", p => p.Name);
        Console.WriteLine(lookup.Count + " " + string.Join(",", lookup["senior"]) + " | " + string.Join(",", lookup["junior"]) + " | " + lookup["none"].Count() + " " + lookup.Contains("junior"));
        var cities = new[] { ("Oslo", "NO"), ("Rome", "IT"), ("Paris", "FR") };
        var joined = people.Join(cities, p => p.City, c => c.Item1, (p, c) => p.Name + "@" + c.Item2);
        Console.WriteLine(string.Join(" ", joined));
        var gj = cities.GroupJoin(people, c => c.Item1, p => p.City, (c, ps) => c.Item1 + "[" + string.Join(",", ps.Select(p => p.Name)) + "]");
        Console.WriteLine(string.Join(" ", gj));
        var left = from c in cities join p in people on c.Item1 equals p.City into grp from p in grp.DefaultIfEmpty() select c.Item2 + ":" + (p?.Name ?? "-");
        Console.WriteLine(string.Join(" ", left));
        var ordered = from p in people orderby p.City descending, p.Name select p.Name;
        Console.WriteLine(string.Join(" ", ordered));
        Console.WriteLine(string.Join(" ", people.CountBy(p => p.City).Select(kv => kv.Key + "=" + kv.Value)));
        Console.WriteLine(string.Join(" ", people.AggregateBy(p => p.Age, 0, (acc, p) => acc + p.Name.Length).Select(kv => kv.Key + "=" + kv.Value)));
        Console.WriteLine(string.Join(" ", people.DistinctBy(p => p.Age).Select(p => p.Name)) + " | " + people.MaxBy(p => p.Age).Name + " " + people.MinBy(p => p.Age).Name);
        return 0;
    }
}
