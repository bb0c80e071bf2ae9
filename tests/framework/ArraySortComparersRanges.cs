// Array.Sort with IComparer<T>, Comparison<T>, Comparer<T>.Create, non-generic IComparer, index/length ranges and parallel keys/items arrays; BinarySearch with comparers and ranges; generic Reverse; sorting larger generated inputs of several element types.
using System;
using System.Collections;
using System.Collections.Generic;
using System.Linq;

class Person(string name, int age)
{
    public string Name = name;
    public int Age = age;
    public override string ToString() => Name + ":" + Age;
}

class ByAgeThenName : IComparer<Person>
{
    public int Compare(Person x, Person y) => x.Age != y.Age ? x.Age.CompareTo(y.Age) : string.CompareOrdinal(x.Name, y.Name);
}

class DescendingObjects : IComparer { public int Compare(object x, object y) => Comparer.Default.Compare(y, x); }

class ArraySortComparersRanges
{
    static string S<T>(T[] a) => "[" + string.Join(",", a) + "]";

    static int[] Generate(int n, int seed)
    {
        var a = new int[n];
        uint x = (uint)seed;
        for (int i = 0; i < n; i++)
        {
            x = x * 1664525u + 1013904223u;
            a[i] = (int)(x >> 16) % 1000 - 500;
        }
        return a;
    }

    static void Report(string label, Action action)
    {
        try { action(); Console.WriteLine(label + ": ok"); }
        catch (Exception e) { Console.WriteLine(label + ": " + e.GetType().Name + ": " + e.Message + (e.InnerException == null ? "" : " / " + e.InnerException.GetType().Name + ": " + e.InnerException.Message)); }
    }

    static int Main()
    {
        var people = new[] { new Person("Eve", 31), new Person("Bob", 25), new Person("Amy", 31), new Person("Dan", 19), new Person("Cal", 25) };
        Array.Sort(people, new ByAgeThenName());
        Console.WriteLine(S(people));
        Array.Sort(people, (p, q) => string.CompareOrdinal(q.Name, p.Name));
        Console.WriteLine(S(people));
        Array.Sort(people, Comparer<Person>.Create((p, q) => p.Name.Length != q.Name.Length ? 0 : p.Name[1].CompareTo(q.Name[1])));
        Console.WriteLine(S(people));

        int[] nums = { 50, 40, 30, 20, 10, 5, 4, 3, 2, 1 };
        Array.Sort(nums, 2, 5);
        Console.WriteLine(S(nums));
        Array.Sort(nums, 0, 4, Comparer<int>.Create((a, b) => b.CompareTo(a)));
        Console.WriteLine(S(nums));
        Array.Sort(nums, Comparer<int>.Default);
        Console.WriteLine(S(nums) + " " + Array.BinarySearch(nums, 30) + " " + Array.BinarySearch(nums, 2, 5, 20, null) + " " + ~Array.BinarySearch(nums, 0, 5, 25, null));

        string[] keys = { "d", "b", "e", "a", "c", "f" };
        int[] items = { 4, 2, 5, 1, 3, 6 };
        Array.Sort(keys, items, 1, 4);
        Console.WriteLine(S(keys) + " " + S(items));
        Array.Sort(keys, items, StringComparer.Ordinal);
        Console.WriteLine(S(keys) + " " + S(items));
        double[] weights = { 2.5, 0.5, 1.5, -1 };
        string[] labels = { "two-and-half", "half", "one-and-half", "minus-one" };
        Array.Sort(weights, labels, Comparer<double>.Create((a, b) => b.CompareTo(a)));
        Console.WriteLine(S(weights) + " " + S(labels));

        object[] mixed = { 3, 1, 4, 1, 5, 9, 2, 6 };
        Array.Sort(mixed, new DescendingObjects());
        Console.WriteLine(S(mixed));
        Array asArray = new[] { "pear", "Apple", "fig", "apple" };
        Array.Sort(asArray, StringComparer.OrdinalIgnoreCase);
        Console.WriteLine(S((string[])asArray));
        Array.Sort(asArray, StringComparer.Ordinal);
        Console.WriteLine(S((string[])asArray));

        string[] sortedNames = { "amy", "bob", "cal", "dan", "eve" };
        Console.WriteLine(Array.BinarySearch(sortedNames, "CAL", StringComparer.OrdinalIgnoreCase) + " " + Array.BinarySearch(sortedNames, "CAL", StringComparer.Ordinal) + " " + Array.BinarySearch(sortedNames, 1, 3, "dan", StringComparer.Ordinal));
        var pBy = new ByAgeThenName();
        Array.Sort(people, pBy);
        Console.WriteLine(Array.BinarySearch(people, new Person("Cal", 25), pBy) + " " + Array.BinarySearch(people, new Person("Zed", 25), pBy));
        char[] letters = "abcdefgh".ToCharArray();
        Array.Reverse(letters, 2, 4);
        Console.WriteLine(new string(letters));
        Array.Reverse<char>(letters);
        Console.WriteLine(new string(letters));
        int[] big = Generate(200, 7);
        int[] copy = (int[])big.Clone();
        Array.Sort(big);
        bool ordered = true;
        for (int i = 1; i < big.Length; i++)
            ordered &= big[i - 1] <= big[i];
        Console.WriteLine("200 ints sorted: " + ordered + " min " + big[0] + " max " + big[^1] + " median " + big[100] + " same multiset " + big.OrderBy(v => v).SequenceEqual(copy.OrderBy(v => v)));
        long[] longs = Generate(50, 3).Select(v => (long)v * 100000000L).ToArray();
        Array.Sort(longs);
        Console.WriteLine("longs: " + longs[0] + " " + longs[25] + " " + longs[49]);
        float[] floats = { 3f, float.NaN, -0f, 0f, float.NegativeInfinity, -2.5f, float.PositiveInfinity };
        Array.Sort(floats);
        Console.WriteLine("floats: " + S(floats));
        sbyte[] sbytes = { 127, -128, 0, -1, 1 };
        Array.Sort(sbytes);
        Console.WriteLine("sbytes: " + S(sbytes));
        var byLen = Generate(30, 11).Select(v => new string('x', Math.Abs(v) % 7) + v).ToArray();
        Array.Sort(byLen, (x, y) => x.Length.CompareTo(y.Length) is var c && c != 0 ? c : string.CompareOrdinal(x, y));
        Console.WriteLine("by length: " + string.Join(" ", byLen.Take(6)));
        int[] keysBig = Generate(40, 5);
        int[] idx = Enumerable.Range(0, 40).ToArray();
        Array.Sort((int[])keysBig.Clone(), idx);
        Console.WriteLine("argsort first: " + string.Join(",", idx.Take(8)) + " values " + string.Join(",", idx.Take(8).Select(i => keysBig[i])));
        Report("range past end", () => Array.Sort(nums, 5, 10));
        Report("items shorter than keys", () => Array.Sort(new[] { 1, 2 }, new[] { "one" }));
        Report("throwing comparer", () => Array.Sort(new[] { 3, 1, 2 }, Comparer<int>.Create((a, b) => throw new FormatException("comparer failed"))));
        return 0;
    }
}
