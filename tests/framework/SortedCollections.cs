// SortedDictionary, SortedList and SortedSet: ordered enumeration, custom comparers (descending, ordinal ignore case), Min/Max, GetViewBetween, IndexOfKey, Keys/Values, Remove and set operations.
using System;
using System.Collections.Generic;

class SortedCollections
{
    sealed class Descending : IComparer<int>
    {
        public int Compare(int x, int y) => y.CompareTo(x);
    }

    static int Main()
    {
        var sd = new SortedDictionary<string, int>(StringComparer.Ordinal) { ["pear"] = 3, ["apple"] = 1, ["fig"] = 7, ["Banana"] = 2 };
        sd["cherry"] = 5;
        foreach (var kv in sd)
            Console.Write(kv.Key + "=" + kv.Value + " ");
        Console.WriteLine();
        Console.WriteLine(sd.Remove("fig") + " " + sd.ContainsKey("fig") + " " + sd.Count + " " + string.Join(",", sd.Values));
        var ci = new SortedDictionary<string, int>(StringComparer.OrdinalIgnoreCase) { ["b"] = 1, ["A"] = 2, ["c"] = 3 };
        ci["B"] = 10;
        Console.WriteLine(string.Join(",", ci));

        var sl = new SortedList<int, string>();
        foreach (var n in new[] { 50, 10, 40, 20, 30 })
            sl.Add(n, "v" + n);
        Console.WriteLine(string.Join(",", sl.Keys) + " | " + string.Join(",", sl.Values));
        Console.WriteLine(sl.IndexOfKey(40) + " " + sl.IndexOfKey(45) + " " + sl.IndexOfValue("v20") + " " + sl.GetKeyAtIndex(0) + " " + sl.GetValueAtIndex(4));
        sl.RemoveAt(0);
        Console.WriteLine(string.Join(",", sl));
        var slDesc = new SortedList<int, int>(new Descending());
        for (int i = 0; i < 6; i++)
            slDesc[i * 7 % 10] = i;
        Console.WriteLine(string.Join(",", slDesc.Keys));

        var ss = new SortedSet<int> { 9, 2, 7, 4, 2, 5, 1 };
        Console.WriteLine(string.Join(",", ss) + " min=" + ss.Min + " max=" + ss.Max + " count=" + ss.Count);
        Console.WriteLine(string.Join(",", ss.GetViewBetween(3, 7)) + " | " + string.Join(",", ss.Reverse()));
        ss.UnionWith(new[] { 3, 10 });
        ss.ExceptWith(new[] { 1, 9 });
        Console.WriteLine(string.Join(",", ss));
        Console.WriteLine(ss.Add(4) + " " + ss.Add(6) + " " + ss.Remove(10) + " " + string.Join(",", ss));
        var desc = new SortedSet<int>(new[] { 3, 1, 2 }, new Descending());
        Console.WriteLine(string.Join(",", desc) + " " + desc.Min + " " + desc.Max);
        var words = new SortedSet<string>(StringComparer.Ordinal) { "delta", "Alpha", "charlie", "bravo", "alpha" };
        Console.WriteLine(string.Join(" ", words));
        Console.WriteLine(ss.IsSubsetOf(new[] { 2, 3, 4, 5, 6, 7, 8 }) + " " + ss.Overlaps(new[] { 100 }));
        try
        {
            sl.Add(20, "again");
        }
        catch (ArgumentException e)
        {
            Console.WriteLine("ArgumentException: " + e.Message);
        }
        try
        {
            Console.WriteLine(sd["nope"]);
        }
        catch (KeyNotFoundException e)
        {
            Console.WriteLine("KeyNotFoundException: " + e.Message);
        }
        return 0;
    }
}
