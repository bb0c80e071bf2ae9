// StringComparer.Ordinal, OrdinalIgnoreCase, InvariantCulture and InvariantCultureIgnoreCase (invariant globalization) as keys of Dictionary, SortedDictionary, SortedSet, HashSet and List.Sort: lookups in other cases, duplicate-key messages, sort orders, Equals/Compare signs, hash equality as bools, FromComparison and IsWellKnown*Comparer.
using System;
using System.Collections.Generic;
using System.Linq;

class StringComparerCollections
{
    static readonly string[] Words = { "apple", "Apple", "APPLE", "banana", "Banana", "cherry", "_under", "Zeta", "zeta", "a-b", "ab", "a b", "10", "9", "\u00e9clair", "Eclair" };

    static int Main()
    {
        var comparers = new (string Name, StringComparer Cmp)[]
        {
            ("Ordinal", StringComparer.Ordinal),
            ("OrdinalIgnoreCase", StringComparer.OrdinalIgnoreCase),
            ("InvariantCulture", StringComparer.InvariantCulture),
            ("InvariantCultureIgnoreCase", StringComparer.InvariantCultureIgnoreCase),
        };
        foreach (var (name, cmp) in comparers)
        {
            var sorted = Words.ToList();
            sorted.Sort(cmp);
            var set = new HashSet<string>(Words, cmp);
            var sortedSet = new SortedSet<string>(Words, cmp);
            Console.WriteLine(name + " sorted: " + string.Join(" ", sorted));
            Console.WriteLine(name + " distinct " + set.Count + " sortedset " + string.Join(" ", sortedSet) + " contains APPLE " + set.Contains("APPLE") + " contains ZETA " + set.Contains("ZETA"));
            Console.WriteLine(name + " Equals(apple,APPLE) " + cmp.Equals("apple", "APPLE") + " Compare signs " + Math.Sign(cmp.Compare("apple", "APPLE")) + Math.Sign(cmp.Compare("a", "B")) + Math.Sign(cmp.Compare("B", "a")) + Math.Sign(cmp.Compare(null, "x")) + Math.Sign(cmp.Compare("x", null)) + " same hash " + (cmp.GetHashCode("Hello") == cmp.GetHashCode("hELLO")) + " null equals " + cmp.Equals(null, null));
        }

        var counts = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        foreach (var w in "The the THE quick Quick brown fox the Fox".Split(' '))
            counts[w] = counts.TryGetValue(w, out var c) ? c + 1 : 1;
        Console.WriteLine("word counts (first spelling kept): " + string.Join(", ", counts.Select(kv => kv.Key + "=" + kv.Value)));
        Console.WriteLine("lookup 'BROWN' " + counts["BROWN"] + " ContainsKey 'FOX' " + counts.ContainsKey("FOX") + " Comparer is OrdinalIgnoreCase " + (counts.Comparer == StringComparer.OrdinalIgnoreCase));
        try
        {
            counts.Add("QUICK", 1);
        }
        catch (ArgumentException e)
        {
            Console.WriteLine(e.GetType().Name + ": " + e.Message);
        }
        var exact = new Dictionary<string, int>(StringComparer.Ordinal) { ["Key"] = 1, ["key"] = 2, ["KEY"] = 3 };
        Console.WriteLine("ordinal dictionary count " + exact.Count + " TryGetValue('kEY') " + exact.TryGetValue("kEY", out _));
        var sortedDict = new SortedDictionary<string, int>(StringComparer.OrdinalIgnoreCase) { ["b"] = 2, ["A"] = 1, ["c"] = 3 };
        sortedDict["a"] = 10;
        Console.WriteLine("SortedDictionary ignore case: " + string.Join(" ", sortedDict.Select(kv => kv.Key + ":" + kv.Value)));
        var byOrdinal = new SortedDictionary<string, int>(StringComparer.Ordinal) { ["b"] = 2, ["A"] = 1, ["a"] = 3, ["B"] = 4 };
        Console.WriteLine("SortedDictionary ordinal: " + string.Join(" ", byOrdinal.Keys));
        var list = new SortedList<string, string>(StringComparer.InvariantCultureIgnoreCase) { ["delta"] = "d", ["Alpha"] = "a", ["charlie"] = "c" };
        Console.WriteLine("SortedList invariant ignore case: " + string.Join(" ", list.Keys) + " IndexOfKey('ALPHA') " + list.IndexOfKey("ALPHA"));

        Console.WriteLine("FromComparison: " + (StringComparer.FromComparison(StringComparison.Ordinal) == StringComparer.Ordinal) + " " + (StringComparer.FromComparison(StringComparison.OrdinalIgnoreCase) == StringComparer.OrdinalIgnoreCase) + " " + StringComparer.FromComparison(StringComparison.InvariantCultureIgnoreCase).Equals("x", "X"));
        Console.WriteLine("IsWellKnownOrdinalComparer: " + StringComparer.IsWellKnownOrdinalComparer(StringComparer.Ordinal, out bool ic1) + "/" + ic1 + " " + StringComparer.IsWellKnownOrdinalComparer(StringComparer.OrdinalIgnoreCase, out bool ic2) + "/" + ic2 + " " + StringComparer.IsWellKnownOrdinalComparer(StringComparer.InvariantCulture, out _) + " culture-aware " + StringComparer.IsWellKnownCultureAwareComparer(StringComparer.InvariantCulture, out var ci, out var opts) + " " + ci.Name.Length + " " + opts);
        var ordered = Words.OrderBy(w => w, StringComparer.OrdinalIgnoreCase).ThenBy(w => w, StringComparer.Ordinal);
        Console.WriteLine("LINQ OrderBy ignore case then ordinal: " + string.Join(" ", ordered));
        Console.WriteLine("Distinct ignore case: " + string.Join(" ", Words.Distinct(StringComparer.OrdinalIgnoreCase)) + " | GroupBy: " + string.Join(" ", Words.GroupBy(w => w, StringComparer.OrdinalIgnoreCase).Select(g => g.Key + "x" + g.Count())));
        System.Collections.IComparer objectComparer = StringComparer.Ordinal;
        Console.WriteLine("as IComparer: " + Math.Sign(objectComparer.Compare("a", "b")) + " IEqualityComparer<string>: " + ((IEqualityComparer<string>)StringComparer.OrdinalIgnoreCase).Equals("Ab", "aB"));
        return 0;
    }
}
