// System.Collections.Frozen: FrozenDictionary and FrozenSet built from dictionaries, sequences and with comparers (printed sorted), lookups, TryGetValue, GetValueRefOrNullRef, Keys/Values lengths, Contains, set predicates, empty instances, and the read-only mutation errors.
using System;
using System.Collections.Frozen;
using System.Collections.Generic;
using System.Linq;

class ImmutableFrozenCollections
{
    static int Main()
    {
        var source = new Dictionary<string, int>(StringComparer.Ordinal)
        {
            ["alpha"] = 1, ["bravo"] = 2, ["charlie"] = 3, ["delta"] = 4, ["echo"] = 5, ["foxtrot"] = 6,
        };
        FrozenDictionary<string, int> fd = source.ToFrozenDictionary(StringComparer.Ordinal);
        source["golf"] = 7;
        Console.WriteLine("count " + fd.Count + " source " + source.Count + " sorted " + string.Join(",", fd.OrderBy(kv => kv.Key, StringComparer.Ordinal).Select(kv => kv.Key + "=" + kv.Value)));
        Console.WriteLine("lookup " + fd["charlie"] + " contains golf " + fd.ContainsKey("golf") + " tryget " + fd.TryGetValue("echo", out int echo) + " " + echo + " tryget missing " + fd.TryGetValue("zulu", out int z) + " " + z);
        Console.WriteLine("keys " + fd.Keys.Length + " values sum " + fd.Values.ToArray().Sum() + " sorted keys " + string.Join(",", fd.Keys.ToArray().OrderBy(k => k, StringComparer.Ordinal)));
        ref readonly int r = ref fd.GetValueRefOrNullRef("delta");
        Console.WriteLine("ref " + r + " null ref " + System.Runtime.CompilerServices.Unsafe.IsNullRef(ref System.Runtime.CompilerServices.Unsafe.AsRef(in fd.GetValueRefOrNullRef("nope"))));

        var ci = new[] { "Apple", "banana", "Cherry" }.ToFrozenDictionary(s => s, s => s.Length, StringComparer.OrdinalIgnoreCase);
        Console.WriteLine("ignore case " + ci["APPLE"] + " " + ci["BaNaNa"] + " " + ci.ContainsKey("cherry") + " comparer " + (ci.Comparer == StringComparer.OrdinalIgnoreCase));
        var ints = Enumerable.Range(0, 200).ToFrozenDictionary(i => i * 3, i => "v" + i);
        Console.WriteLine("int keys " + ints.Count + " " + ints[0] + " " + ints[597] + " " + ints.ContainsKey(598) + " min " + ints.Keys.ToArray().Min() + " max " + ints.Keys.ToArray().Max());
        var lengths = new[] { "a", "bb", "ccc", "dd", "e" }.GroupBy(s => s.Length).ToFrozenDictionary(g => g.Key, g => string.Join("+", g));
        Console.WriteLine("grouped " + string.Join(" ", lengths.OrderBy(kv => kv.Key).Select(kv => kv.Key + ":" + kv.Value)));

        FrozenSet<int> primes = new[] { 2, 3, 5, 7, 11, 13, 17, 19, 23, 29, 3, 5 }.ToFrozenSet();
        Console.WriteLine("primes " + primes.Count + " sorted " + string.Join(",", primes.OrderBy(p => p)) + " contains 13 " + primes.Contains(13) + " contains 15 " + primes.Contains(15));
        Console.WriteLine("subset " + primes.IsSubsetOf(Enumerable.Range(0, 30)) + " superset " + primes.IsSupersetOf(new[] { 2, 3 }) + " proper " + primes.IsProperSupersetOf(primes) + " overlaps " + primes.Overlaps(new[] { 4, 6, 7 }) + " setequals " + primes.SetEquals(primes.Reverse()));
        var names = new HashSet<string> { "Ann", "bob", "CAROL" }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);
        Console.WriteLine("names " + string.Join(",", names.OrderBy(n => n, StringComparer.Ordinal)) + " contains carol " + names.Contains("carol") + " trygetvalue " + names.TryGetValue("BOB", out string actual) + " " + actual + " items " + names.Items.Length);
        var longStrings = Enumerable.Range(0, 50).Select(i => "key-number-" + i.ToString("D3")).ToFrozenSet(StringComparer.Ordinal);
        Console.WriteLine("long strings " + longStrings.Count + " " + longStrings.Contains("key-number-042") + " " + longStrings.Contains("key-number-050") + " " + longStrings.Contains("KEY-NUMBER-001"));
        Console.WriteLine("empty " + FrozenDictionary<string, int>.Empty.Count + " " + FrozenSet<int>.Empty.Count + " " + FrozenSet<int>.Empty.Contains(0) + " " + new int[0].ToFrozenSet().Count);
        try
        {
            ((IDictionary<string, int>)fd).Add("x", 1);
        }
        catch (NotSupportedException e)
        {
            Console.WriteLine(e.GetType().Name + ": " + e.Message);
        }
        try
        {
            ((ISet<int>)primes).Add(31);
        }
        catch (NotSupportedException e)
        {
            Console.WriteLine(e.GetType().Name + ": " + e.Message);
        }
        try
        {
            Console.WriteLine(fd["zulu"]);
        }
        catch (KeyNotFoundException e)
        {
            Console.WriteLine(e.GetType().Name + ": " + e.Message);
        }
        try
        {
            new[] { "a", "A" }.ToFrozenDictionary(s => s, StringComparer.OrdinalIgnoreCase);
        }
        catch (ArgumentException e)
        {
            Console.WriteLine(e.GetType().Name + ": " + e.Message);
        }
        return 0;
    }
}
