// HashSet<T>: Add results, Contains, Remove, set operations (UnionWith, IntersectWith, ExceptWith, SymmetricExceptWith), subset/superset/overlap tests, RemoveWhere, custom comparer; contents printed sorted.
using System;
using System.Collections.Generic;
using System.Linq;

class HashSetOperations
{
    static string Sorted(IEnumerable<int> set) => "{" + string.Join(",", set.OrderBy(x => x)) + "}";

    static int Main()
    {
        var a = new HashSet<int> { 5, 1, 3, 7, 9 };
        Console.WriteLine(a.Add(3) + " " + a.Add(11) + " " + a.Count + " " + Sorted(a));
        Console.WriteLine(a.Contains(7) + " " + a.Contains(8) + " " + a.Remove(1) + " " + a.Remove(1) + " " + Sorted(a));
        var b = new HashSet<int>(new[] { 3, 4, 5, 6, 6, 6 });
        Console.WriteLine(b.Count + " " + Sorted(b));
        var u = new HashSet<int>(a);
        u.UnionWith(b);
        Console.WriteLine("union " + Sorted(u));
        var i = new HashSet<int>(a);
        i.IntersectWith(b);
        Console.WriteLine("intersect " + Sorted(i));
        var e = new HashSet<int>(a);
        e.ExceptWith(b);
        Console.WriteLine("except " + Sorted(e));
        var x = new HashSet<int>(a);
        x.SymmetricExceptWith(b);
        Console.WriteLine("symmetric " + Sorted(x));
        Console.WriteLine(i.IsSubsetOf(a) + " " + a.IsSupersetOf(i) + " " + i.IsProperSubsetOf(a) + " " + a.IsProperSubsetOf(a) + " " + a.Overlaps(b) + " " + e.Overlaps(b));
        Console.WriteLine(a.SetEquals(new[] { 11, 9, 7, 5, 3, 3 }) + " " + a.SetEquals(b));
        Console.WriteLine(u.RemoveWhere(v => v % 3 == 0) + " " + Sorted(u));
        var words = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (var w in "Alpha beta ALPHA Gamma BETA delta".Split(' '))
            Console.Write(words.Add(w) ? "+" : "=");
        Console.WriteLine(" " + words.Count + " " + string.Join(",", words.OrderBy(s => s, StringComparer.OrdinalIgnoreCase)));
        var big = new HashSet<long>();
        for (long k = 0; k < 1000; k++)
            big.Add(k * k % 97);
        Console.WriteLine(big.Count + " " + big.Min() + " " + big.Max() + " " + big.Sum());
        var chars = new HashSet<char>("mississippi");
        Console.WriteLine(new string(chars.OrderBy(c => c).ToArray()));
        int[] arr = new int[3];
        new HashSet<int> { 42 }.CopyTo(arr, 1);
        Console.WriteLine(string.Join(",", arr));
        a.Clear();
        Console.WriteLine(a.Count + " " + Sorted(a));
        var tuples = new HashSet<(int, string)> { (1, "a"), (1, "a"), (2, "a") };
        Console.WriteLine(tuples.Count + " " + tuples.Contains((2, "a")));
        return 0;
    }
}
