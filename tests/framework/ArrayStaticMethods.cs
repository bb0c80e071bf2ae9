// System.Array helpers: Sort (whole, range, with keys, comparer, Comparison), Reverse, IndexOf/LastIndexOf, BinarySearch (found and complement), Copy (overlapping), Resize, Fill, Clear, Find/FindAll/FindIndex/Exists/TrueForAll, ConvertAll, ConstrainedCopy and error messages.
using System;

class ArrayStaticMethods
{
    static string S<T>(T[] a) => "[" + string.Join(",", a) + "]";

    static int Main()
    {
        int[] a = { 9, 3, 7, 1, 8, 2, 7 };
        Console.WriteLine(Array.IndexOf(a, 7) + " " + Array.LastIndexOf(a, 7) + " " + Array.IndexOf(a, 42) + " " + Array.IndexOf(a, 7, 3) + " " + Array.IndexOf(a, 3, 2, 3));
        var sorted = (int[])a.Clone();
        Array.Sort(sorted);
        Console.WriteLine(S(sorted) + " " + S(a));
        Console.WriteLine(Array.BinarySearch(sorted, 7) >= 5 ? "found 7" : "missing 7");
        Console.WriteLine(Array.BinarySearch(sorted, 1) + " " + Array.BinarySearch(sorted, 4) + " " + ~Array.BinarySearch(sorted, 4) + " " + Array.BinarySearch(sorted, 100) + " " + Array.BinarySearch(sorted, 0));
        var part = (int[])a.Clone();
        Array.Sort(part, 2, 3);
        Console.WriteLine(S(part));
        Array.Reverse(part);
        Console.WriteLine(S(part));
        Array.Reverse(part, 1, 3);
        Console.WriteLine(S(part));
        string[] names = { "delta", "Alpha", "charlie", "bravo" };
        int[] keys = { 4, 1, 3, 2 };
        Array.Sort(keys, names);
        Console.WriteLine(S(keys) + " " + S(names));
        Array.Sort(names, StringComparer.OrdinalIgnoreCase);
        Console.WriteLine(S(names));
        Array.Sort(names, (x, y) => y.Length != x.Length ? y.Length.CompareTo(x.Length) : string.CompareOrdinal(x, y));
        Console.WriteLine(S(names));
        int[] buf = { 1, 2, 3, 4, 5, 6, 7, 8 };
        Array.Copy(buf, 0, buf, 2, 5);
        Console.WriteLine(S(buf));
        Array.Copy(buf, 3, buf, 1, 4);
        Console.WriteLine(S(buf));
        long[] wide = new long[4];
        Array.Copy(new[] { 1, 2, 3 }, wide, 3);
        Console.WriteLine(S(wide));
        object[] objs = new object[3];
        Array.Copy(new[] { "x", "y" }, 0, objs, 1, 2);
        Console.WriteLine(S(objs));
        Array.Resize(ref buf, 10);
        Console.WriteLine(S(buf));
        Array.Resize(ref buf, 3);
        Console.WriteLine(S(buf));
        var filled = new char[6];
        Array.Fill(filled, '*');
        Array.Fill(filled, '-', 1, 2);
        Console.WriteLine(new string(filled));
        Array.Clear(a, 1, 2);
        Console.WriteLine(S(a));
        Console.WriteLine(Array.Find(a, x => x > 7) + " " + S(Array.FindAll(a, x => x % 2 == 1)) + " " + Array.FindIndex(a, x => x == 0) + " " + Array.FindLastIndex(a, x => x == 7) + " " + Array.FindLast(a, x => x < 5));
        Console.WriteLine(Array.Exists(a, x => x < 0) + " " + Array.TrueForAll(a, x => x >= 0) + " " + S(Array.ConvertAll(a, x => x * 1.5)));
        Console.WriteLine(Array.Empty<int>().Length + " " + (Array.Empty<string>() == Array.Empty<string>()) + " " + a.Length + " " + a.Rank);
        int[,] grid = new int[2, 3];
        grid[1, 2] = 5;
        Console.WriteLine(grid.Length + " " + grid.Rank + " " + grid.GetLength(0) + " " + grid.GetLength(1) + " " + grid[1, 2]);
        var dest = new int[3];
        Array.ConstrainedCopy(new[] { 7, 8, 9 }, 1, dest, 0, 2);
        Console.WriteLine(S(dest));
        double[] ds = { 2.5, double.NaN, -1, double.NegativeInfinity, 0 };
        Array.Sort(ds);
        Console.WriteLine(S(ds));
        try
        {
            Array.Copy(new int[2], new int[1], 2);
        }
        catch (ArgumentException e)
        {
            Console.WriteLine(e.GetType().Name + ": " + e.Message);
        }
        try
        {
            Array.Sort(new object[] { 1, "two" });
        }
        catch (InvalidOperationException e)
        {
            Console.WriteLine("InvalidOperationException: " + e.Message);
        }
        try
        {
            Array.Copy(new object[] { "s" }, new int[1], 1);
        }
        catch (Exception e)
        {
            Console.WriteLine(e.GetType().Name + ": " + e.Message);
        }
        return 0;
    }
}
