// List<T>: Add/Insert/Remove/RemoveAt/RemoveAll/RemoveRange, indexer, Contains/IndexOf/LastIndexOf, Sort (default, comparison, comparer), BinarySearch, Reverse, GetRange, ConvertAll, Find*, TrueForAll, CopyTo, capacity and errors.
using System;
using System.Collections.Generic;

class ListOperations
{
    static string Show<T>(List<T> list) => "[" + string.Join(", ", list) + "] n=" + list.Count;

    static int Main()
    {
        var list = new List<int> { 5, 3, 8 };
        list.Add(1);
        list.Insert(0, 9);
        list.Insert(list.Count, 7);
        list.AddRange(new[] { 2, 6, 4, 3 });
        Console.WriteLine(Show(list));
        Console.WriteLine(list[0] + " " + list[^1] + " " + list.IndexOf(3) + " " + list.LastIndexOf(3) + " " + list.IndexOf(42) + " " + list.Contains(8));
        Console.WriteLine(list.Remove(3) + " " + list.Remove(42) + " " + Show(list));
        list.RemoveAt(0);
        Console.WriteLine(Show(list));
        Console.WriteLine(list.RemoveAll(x => x % 2 == 0) + " " + Show(list));
        list.AddRange(new[] { 10, 20, 30, 40 });
        list.RemoveRange(1, 2);
        Console.WriteLine(Show(list));
        list.Sort();
        Console.WriteLine(Show(list));
        Console.WriteLine(list.BinarySearch(20) + " " + list.BinarySearch(15) + " " + ~list.BinarySearch(15) + " " + list.BinarySearch(100));
        list.Sort((a, b) => b.CompareTo(a));
        Console.WriteLine(Show(list));
        list.Sort(Comparer<int>.Default);
        list.Reverse();
        Console.WriteLine(Show(list));
        list.Reverse(1, 3);
        Console.WriteLine(Show(list));
        Console.WriteLine(Show(list.GetRange(1, 2)) + " " + Show(list.ConvertAll(x => "#" + x)));
        Console.WriteLine(list.Find(x => x < 20) + " " + list.FindLast(x => x < 20) + " " + list.FindIndex(x => x < 20) + " " + list.FindLastIndex(x => x > 100) + " " + list.Find(x => x > 100));
        Console.WriteLine(Show(list.FindAll(x => x >= 20)) + " " + list.TrueForAll(x => x > 0) + " " + list.Exists(x => x == 7));
        int[] arr = new int[list.Count + 2];
        list.CopyTo(arr, 1);
        Console.WriteLine(string.Join(",", arr));
        var strings = new List<string>(capacity: 2) { "pear", "fig", "apple", "kiwi", "banana" };
        Console.WriteLine(strings.Capacity >= 5);
        strings.Sort();
        Console.WriteLine(Show(strings));
        strings.Sort((a, b) => a.Length != b.Length ? a.Length.CompareTo(b.Length) : string.CompareOrdinal(a, b));
        Console.WriteLine(Show(strings));
        strings.ForEach(s => Console.Write(s[0]));
        Console.WriteLine();
        var ro = strings.AsReadOnly();
        Console.WriteLine(ro.Count + " " + ro[1]);
        strings.Clear();
        Console.WriteLine(Show(strings));
        var stable = new List<(int Key, string Name)> { (2, "b1"), (1, "a1"), (2, "b2"), (1, "a2"), (0, "z") };
        stable.Sort((x, y) => x.Key.CompareTo(y.Key));
        Console.WriteLine(stable[0].Name + " " + stable[3].Key + " " + stable.Count);
        try
        {
            Console.WriteLine(list[99]);
        }
        catch (ArgumentOutOfRangeException e)
        {
            Console.WriteLine("ArgumentOutOfRangeException: " + e.Message);
        }
        try
        {
            foreach (var x in list)
                if (x > 0)
                    list.Add(x);
        }
        catch (InvalidOperationException e)
        {
            Console.WriteLine("InvalidOperationException: " + e.Message);
        }
        return 0;
    }
}
