// LINQ set and combination operators: Distinct, Union, Intersect, Except (with comparers, order of first occurrence), Concat, Zip (two and three sequences), ToDictionary, ToHashSet, ToArray, SequenceEqual, and the duplicate-key message.
using System;
using System.Collections.Generic;
using System.Linq;

class LinqSetOperations
{
    static string S<T>(IEnumerable<T> items) => "[" + string.Join(",", items) + "]";

    static int Main()
    {
        int[] a = { 5, 1, 5, 3, 9, 1, 7 };
        int[] b = { 3, 4, 5, 4, 6 };
        Console.WriteLine("distinct " + S(a.Distinct()));
        Console.WriteLine("union " + S(a.Union(b)));
        Console.WriteLine("intersect " + S(a.Intersect(b)) + " " + S(b.Intersect(a)));
        Console.WriteLine("except " + S(a.Except(b)) + " " + S(b.Except(a)));
        Console.WriteLine("concat " + S(a.Concat(b)));
        string[] w1 = { "Apple", "banana", "APPLE", "Cherry" };
        string[] w2 = { "apple", "CHERRY", "date" };
        var ci = StringComparer.OrdinalIgnoreCase;
        Console.WriteLine(S(w1.Distinct(ci)) + " " + S(w1.Union(w2, ci)) + " " + S(w1.Intersect(w2, ci)) + " " + S(w1.Except(w2, ci)));
        Console.WriteLine(S(w1.UnionBy(w2, s => s.Length)) + " " + S(w1.ExceptBy(new[] { 5 }, s => s.Length)) + " " + S(w1.IntersectBy(new[] { 6 }, s => s.Length)));
        Console.WriteLine(S(a.Zip(b, (x, y) => x + "-" + y)));
        Console.WriteLine(S(a.Zip(b)) + " " + S(new[] { 1, 2 }.Zip(new[] { "a", "b" }, new[] { 'x', 'y' })));
        var dict = w2.ToDictionary(s => s[0], s => s.Length);
        Console.WriteLine(S(dict) + " " + dict['d']);
        var byLen = Enumerable.Range(1, 5).ToDictionary(i => i, i => new string('*', i));
        Console.WriteLine(string.Join(" ", byLen.Values));
        var hs = a.ToHashSet();
        Console.WriteLine(hs.Count + " " + S(hs.OrderBy(x => x)));
        var arr = b.ToArray();
        arr[0] = 100;
        Console.WriteLine(S(arr) + " " + S(b));
        Console.WriteLine(a.SequenceEqual(a.ToList()) + " " + a.SequenceEqual(b) + " " + w1.SequenceEqual(new[] { "apple", "BANANA", "apple", "cherry" }, ci));
        var kvs = new[] { new KeyValuePair<string, int>("x", 1), new KeyValuePair<string, int>("y", 2) };
        Console.WriteLine(S(kvs.ToDictionary()) + " " + S(new[] { ("p", 1), ("q", 2) }.ToDictionary()));
        Console.WriteLine(S(Enumerable.Range(1, 3).Concat(Enumerable.Range(10, 2)).Reverse()));
        Console.WriteLine(S(a.Distinct().OrderBy(x => x).Except(new[] { 9 })) + " " + a.Distinct().Count());
        try
        {
            var dup = a.ToDictionary(x => x);
            Console.WriteLine(dup.Count);
        }
        catch (ArgumentException e)
        {
            Console.WriteLine("ArgumentException: " + e.Message);
        }
        try
        {
            Console.WriteLine(S(((int[])null).Distinct()));
        }
        catch (ArgumentNullException e)
        {
            Console.WriteLine("ArgumentNullException: " + e.Message);
        }
        return 0;
    }
}
