// Dictionary<K,V>: insertion-order enumeration of an insert-only dictionary, indexer set/get, Add, TryAdd, TryGetValue, ContainsKey/ContainsValue, Remove with out value, GetValueOrDefault, Keys/Values, counting words, and the KeyNotFound/duplicate-key messages.
using System;
using System.Collections.Generic;
using System.Linq;

class DictionaryOperations
{
    static int Main()
    {
        var d = new Dictionary<string, int>();
        d["one"] = 1;
        d["two"] = 2;
        d.Add("three", 3);
        d["four"] = 4;
        d["two"] = 22;
        foreach (var kv in d)
            Console.WriteLine(kv.Key + "=" + kv.Value);
        Console.WriteLine(d.Count + " " + d["two"] + " " + d.ContainsKey("three") + " " + d.ContainsKey("Three") + " " + d.ContainsValue(4) + " " + d.ContainsValue(2));
        Console.WriteLine(d.TryAdd("one", 100) + " " + d.TryAdd("five", 5) + " " + d["one"]);
        Console.WriteLine(d.TryGetValue("five", out int v5) + " " + v5 + " " + d.TryGetValue("six", out int v6) + " " + v6);
        Console.WriteLine(d.GetValueOrDefault("seven") + " " + d.GetValueOrDefault("seven", -1) + " " + d.GetValueOrDefault("four", -1));
        Console.WriteLine(d.Remove("three") + " " + d.Remove("three") + " " + d.Remove("four", out int removed) + " " + removed);
        Console.WriteLine(string.Join(",", d.Keys) + " | " + string.Join(",", d.Values));
        Console.WriteLine(string.Join(",", d.Keys.OrderBy(k => k, StringComparer.Ordinal)));

        var counts = new Dictionary<string, int>();
        foreach (var w in "the cat and the dog and the bird".Split(' '))
            counts[w] = counts.TryGetValue(w, out int c) ? c + 1 : 1;
        foreach (var kv in counts)
            Console.Write(kv.Key + ":" + kv.Value + " ");
        Console.WriteLine();

        var squares = new Dictionary<int, long>();
        for (int i = 10; i > 0; i--)
            squares[i] = (long)i * i;
        Console.WriteLine(string.Join(" ", squares.Select(kv => kv.Key + "^2=" + kv.Value)));
        Console.WriteLine(squares.Keys.Sum() + " " + squares.Values.Max());

        var byChar = new Dictionary<char, List<string>>();
        foreach (var w in new[] { "apple", "avocado", "banana", "blueberry", "cherry", "apricot" })
        {
            if (!byChar.TryGetValue(w[0], out var bucket))
                byChar[w[0]] = bucket = new List<string>();
            bucket.Add(w);
        }
        foreach (var kv in byChar)
            Console.WriteLine(kv.Key + ": " + string.Join(" ", kv.Value));

        var init = new Dictionary<int, string> { [3] = "c", [1] = "a", [2] = "b" };
        Console.WriteLine(string.Join(",", init));
        var copy = new Dictionary<int, string>(init);
        copy.Clear();
        Console.WriteLine(copy.Count + " " + init.Count);
        try
        {
            Console.WriteLine(d["missing"]);
        }
        catch (KeyNotFoundException e)
        {
            Console.WriteLine("KeyNotFoundException: " + e.Message);
        }
        try
        {
            d.Add("one", 1);
        }
        catch (ArgumentException e)
        {
            Console.WriteLine("ArgumentException: " + e.Message);
        }
        try
        {
            d[null] = 0;
        }
        catch (ArgumentNullException e)
        {
            Console.WriteLine("ArgumentNullException: " + e.Message);
        }
        return 0;
    }
}
