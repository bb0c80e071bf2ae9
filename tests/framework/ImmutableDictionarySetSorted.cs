// ImmutableDictionary and ImmutableHashSet (printed sorted), ImmutableSortedDictionary and ImmutableSortedSet (ordered): SetItem/Add/Remove returning new instances, duplicate key errors, custom key comparers, builders, set operations, and value comparers.
using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;

class ImmutableDictionarySetSorted
{
    static string Sorted<TValue>(IEnumerable<KeyValuePair<string, TValue>> items) =>
        string.Join(",", items.OrderBy(kv => kv.Key, StringComparer.Ordinal).Select(kv => kv.Key + "=" + kv.Value));

    static int Main()
    {
        var d0 = ImmutableDictionary<string, int>.Empty;
        var d1 = d0.Add("one", 1).Add("two", 2).Add("three", 3);
        var d2 = d1.SetItem("two", 22).Remove("one").Add("four", 4);
        Console.WriteLine("d1 " + Sorted(d1) + " | d2 " + Sorted(d2) + " | d0 count " + d0.Count);
        Console.WriteLine("contains " + d2.ContainsKey("one") + " " + d1.ContainsKey("one") + " trygetvalue " + d2.TryGetValue("two", out int two) + " " + two + " getvalueordefault " + d2.GetValueOrDefault("zzz", -1));
        Console.WriteLine("same value add no-op " + ReferenceEquals(d1, d1.Add("one", 1)) + " setitem same " + ReferenceEquals(d1, d1.SetItem("one", 1)) + " remove missing " + ReferenceEquals(d1, d1.Remove("nope")));
        try
        {
            d1.Add("one", 100);
        }
        catch (ArgumentException e)
        {
            Console.WriteLine(e.GetType().Name + ": " + e.Message);
        }
        var ci = ImmutableDictionary.Create<string, string>(StringComparer.OrdinalIgnoreCase).Add("Key", "v1").SetItem("KEY", "v2");
        Console.WriteLine("ignore case " + ci.Count + " " + ci["key"] + " keycomparer " + (ci.KeyComparer == StringComparer.OrdinalIgnoreCase));
        var builder = d2.ToBuilder();
        builder["five"] = 5;
        builder.Remove("three");
        builder.AddRange(new[] { KeyValuePair.Create("six", 6) });
        var d3 = builder.ToImmutable();
        Console.WriteLine("builder " + Sorted(d3) + " original " + Sorted(d2));
        var fromLinq = new[] { "apple", "avocado", "banana", "blueberry", "cherry" }.ToImmutableDictionary(s => s, s => s.Length);
        Console.WriteLine("todictionary " + Sorted(fromLinq) + " removerange " + Sorted(fromLinq.RemoveRange(new[] { "apple", "cherry" })));

        var s1 = ImmutableHashSet.Create(3, 1, 4, 1, 5, 9, 2, 6);
        var s2 = s1.Add(7).Remove(1);
        Console.WriteLine("set " + string.Join(",", s1.OrderBy(x => x)) + " count " + s1.Count + " s2 " + string.Join(",", s2.OrderBy(x => x)));
        Console.WriteLine("union " + string.Join(",", s1.Union(new[] { 10, 11 }).OrderBy(x => x)) + " intersect " + string.Join(",", s1.Intersect(new[] { 1, 2, 3, 42 }).OrderBy(x => x)) + " except " + string.Join(",", s1.Except(new[] { 1, 2, 3 }).OrderBy(x => x)) + " symmetric " + string.Join(",", s1.SymmetricExcept(new[] { 1, 100 }).OrderBy(x => x)));
        Console.WriteLine("subset " + ImmutableHashSet.Create(1, 2).IsSubsetOf(s1) + " overlaps " + s1.Overlaps(new[] { 8, 9 }) + " setequals " + s1.SetEquals(new[] { 9, 6, 5, 4, 3, 2, 1 }) + " add existing same " + ReferenceEquals(s1, s1.Add(3)));
        var words = ImmutableHashSet.Create(StringComparer.OrdinalIgnoreCase, "Red", "green", "RED", "Blue");
        Console.WriteLine("words " + string.Join(",", words.OrderBy(w => w, StringComparer.Ordinal)) + " contains GREEN " + words.Contains("GREEN") + " trygetvalue " + words.TryGetValue("BLUE", out string actual) + " " + actual);

        var sd = ImmutableSortedDictionary.Create<string, int>(StringComparer.Ordinal).Add("pear", 4).Add("apple", 5).Add("Zebra", 1).Add("mango", 2);
        Console.WriteLine("sorted dict " + string.Join(",", sd.Select(kv => kv.Key + "=" + kv.Value)) + " keys " + string.Join(",", sd.Keys) + " values " + string.Join(",", sd.Values));
        var sd2 = sd.SetItem("apple", 50).Remove("Zebra");
        Console.WriteLine("sorted dict2 " + string.Join(",", sd2) + " value comparer " + sd2.ValueComparer.Equals(1, 1));
        var desc = ImmutableSortedDictionary.CreateRange(Comparer<int>.Create((x, y) => y.CompareTo(x)), new[] { KeyValuePair.Create(1, "a"), KeyValuePair.Create(3, "c"), KeyValuePair.Create(2, "b") });
        Console.WriteLine("desc " + string.Join(",", desc.Keys) + " first " + desc.First().Value);
        var ss = ImmutableSortedSet.Create(50, 10, 40, 20, 30);
        Console.WriteLine("sorted set " + string.Join(",", ss) + " min " + ss.Min + " max " + ss.Max + " [2] " + ss[2] + " indexof 40 " + ss.IndexOf(40) + " indexof 35 " + ss.IndexOf(35) + " reverse " + string.Join(",", ss.Reverse()));
        var ssb = ss.ToBuilder();
        ssb.Add(25);
        ssb.Remove(50);
        ssb.UnionWith(new[] { 5, 45 });
        Console.WriteLine("sorted set builder " + string.Join(",", ssb.ToImmutable()) + " min " + ssb.Min + " original count " + ss.Count);
        var sortedDictBuilder = ImmutableSortedDictionary.CreateBuilder<int, string>();
        sortedDictBuilder.Add(3, "three");
        sortedDictBuilder.Add(1, "one");
        sortedDictBuilder[2] = "two";
        Console.WriteLine("sorted dict builder " + string.Join(" ", sortedDictBuilder.ToImmutable()));
        try
        {
            Console.WriteLine(sd["nope"]);
        }
        catch (KeyNotFoundException e)
        {
            Console.WriteLine(e.GetType().Name + ": " + e.Message);
        }
        return 0;
    }
}
