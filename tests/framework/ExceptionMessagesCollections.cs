// Exception type names and messages from collections: KeyNotFoundException, duplicate keys, index out of range for List/array/string/Span, empty Stack/Queue, collection modified during enumeration, LINQ on empty sequences, read-only collections, and argument validation.
using System;
using System.Collections.Generic;
using System.Collections.ObjectModel;
using System.Linq;

class ExceptionMessagesCollections
{
    static void Check(string label, Action a)
    {
        try
        {
            a();
            Console.WriteLine(label + ": no exception");
        }
        catch (Exception e)
        {
            Console.WriteLine(label + ": " + e.GetType().Name + ": " + e.Message);
        }
    }

    static int Main()
    {
        var dict = new Dictionary<string, int> { ["a"] = 1 };
        var intDict = new Dictionary<int, string> { [1] = "one" };
        var list = new List<int> { 1, 2, 3 };
        int[] arr = { 1, 2, 3 };
        Check("dict missing", () => Console.WriteLine(dict["zz"]));
        Check("dict int missing", () => Console.WriteLine(intDict[42]));
        Check("dict duplicate", () => dict.Add("a", 2));
        Check("dict null key", () => dict.ContainsKey(null));
        Check("list index", () => Console.WriteLine(list[3]));
        Check("list negative", () => list[-1] = 0);
        Check("list insert", () => list.Insert(5, 0));
        Check("list range", () => list.GetRange(2, 5));
        Check("list removeat", () => list.RemoveAt(3));
        Check("array index", () => Console.WriteLine(arr[3]));
        Check("string index", () => Console.WriteLine("abc"[-1]));
        Check("span index", () =>
        {
            Span<int> s = arr;
            Console.WriteLine(s[5]);
        });
        Check("span slice", () => arr.AsSpan().Slice(2, 5));
        Check("stack empty", () => new Stack<string>().Pop());
        Check("queue empty", () => new Queue<string>().Peek());
        Check("modified", () =>
        {
            foreach (var kv in dict)
                dict["b"] = 2;
        });
        Check("list modified", () =>
        {
            foreach (var x in list)
                list.Remove(x);
        });
        Check("first empty", () => new List<int>().First());
        Check("single many", () => list.Single());
        Check("min empty", () => Array.Empty<double>().Min());
        Check("readonly", () => ((ICollection<int>)new ReadOnlyCollection<int>(list)).Add(1));
        Check("array as ilist add", () => ((IList<int>)arr).Add(4));
        Check("fixed size", () => ((System.Collections.IList)arr).Remove(1));
        Check("capacity", () => new List<int>(-1));
        Check("hashset copy", () => new HashSet<int> { 1, 2 }.CopyTo(new int[1]));
        Check("sortedset null", () => new SortedSet<string> { null, "a" }.Add(null));
        Check("linkedlist", () => new LinkedList<int>().AddAfter(new LinkedListNode<int>(1), 2));
        Check("multi dim", () =>
        {
            var grid = new int[2, 2];
            Console.WriteLine(grid[2, 0]);
        });
        Check("array create", () => Array.CreateInstance(typeof(int), -1));
        Check("enumerator", () =>
        {
            var e = list.GetEnumerator();
            e.MoveNext();
            Console.WriteLine("current " + e.Current);
        });
        return 0;
    }
}
