// List<T> BinarySearch (found, complement of insertion point), Sort with Comparison and IComparer, ConvertAll, RemoveAll, Capacity growth and TrimExcess, FindLastIndex; Dictionary TryAdd, GetValueOrDefault, Remove(key, out value), EnsureCapacity, CollectionsMarshal.GetValueRefOrAddDefault and AsSpan, and single-threaded ConcurrentDictionary/ConcurrentQueue/ConcurrentStack (printed sorted).
using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Linq;
using System.Runtime.InteropServices;

class CollectionsListDictionaryOps
{
    sealed class ByLastChar : IComparer<string>
    {
        public int Compare(string x, string y)
        {
            int c = x[^1].CompareTo(y[^1]);
            return c != 0 ? c : string.CompareOrdinal(x, y);
        }
    }

    static int Main()
    {
        var list = new List<int> { 10, 20, 30, 40, 50 };
        foreach (int probe in new[] { 30, 35, 5, 60 })
        {
            int idx = list.BinarySearch(probe);
            Console.WriteLine("search " + probe + " -> " + idx + (idx < 0 ? " insert at " + ~idx : ""));
        }
        var words = new List<string> { "delta", "Alpha", "charlie", "bravo", "echo", "alpha" };
        words.Sort(StringComparer.Ordinal);
        Console.WriteLine("ordinal " + string.Join(",", words));
        words.Sort((p, q) => p.Length != q.Length ? q.Length.CompareTo(p.Length) : string.CompareOrdinal(p, q));
        Console.WriteLine("length desc " + string.Join(",", words));
        words.Sort(new ByLastChar());
        Console.WriteLine("last char " + string.Join(",", words) + " search echo " + words.BinarySearch("echo", new ByLastChar()));
        words.Sort(1, 3, StringComparer.OrdinalIgnoreCase);
        Console.WriteLine("range sort " + string.Join(",", words));
        List<string> lengths = list.ConvertAll(n => "#" + (n / 10));
        Console.WriteLine("convert " + string.Join(",", lengths) + " removed " + list.RemoveAll(n => n % 20 == 0) + " left " + string.Join(",", list));
        var grow = new List<int>();
        var caps = new List<int> { grow.Capacity };
        for (int i = 0; i < 40; i++)
        {
            grow.Add(i);
            if (caps[^1] != grow.Capacity)
                caps.Add(grow.Capacity);
        }
        grow.RemoveRange(5, 35);
        grow.TrimExcess();
        Console.WriteLine("capacities " + string.Join(",", caps) + " after trim " + grow.Capacity + " ensure " + grow.EnsureCapacity(7) + " preset " + new List<int>(3).Capacity);
        Console.WriteLine("findlastindex " + grow.FindLastIndex(n => n < 3) + " findindex " + grow.FindIndex(2, n => n > 0) + " exists " + grow.Exists(n => n > 4) + " trueforall " + grow.TrueForAll(n => n < 5));
        Span<int> span = CollectionsMarshal.AsSpan(grow);
        span[0] = 100;
        Console.WriteLine("span write " + grow[0] + " length " + span.Length);

        var stock = new Dictionary<string, int>(StringComparer.Ordinal);
        Console.WriteLine("tryadd " + stock.TryAdd("apple", 3) + " " + stock.TryAdd("apple", 9) + " " + stock["apple"]);
        Console.WriteLine("getvalueordefault " + stock.GetValueOrDefault("apple") + " " + stock.GetValueOrDefault("pear") + " " + stock.GetValueOrDefault("pear", -1));
        foreach (var fruit in new[] { "fig", "apple", "fig", "kiwi", "fig" })
        {
            ref int count = ref CollectionsMarshal.GetValueRefOrAddDefault(stock, fruit, out bool existed);
            count += 10;
            Console.Write(fruit + (existed ? "+ " : "* "));
        }
        Console.WriteLine("=> " + string.Join(",", stock));
        ref int kiwi = ref CollectionsMarshal.GetValueRefOrNullRef(stock, "kiwi");
        kiwi = 77;
        Console.WriteLine("ref write " + stock["kiwi"] + " null ref " + System.Runtime.CompilerServices.Unsafe.IsNullRef(ref CollectionsMarshal.GetValueRefOrNullRef(stock, "none")));
        Console.WriteLine("remove out " + stock.Remove("fig", out int figs) + " " + figs + " " + stock.Remove("fig", out int none) + " " + none + " count " + stock.Count);
        int cap = stock.EnsureCapacity(100);
        Console.WriteLine("ensure capacity >= 100 " + (cap >= 100) + " keys " + string.Join(",", stock.Keys) + " values " + string.Join(",", stock.Values));
        stock.TrimExcess();
        stock["banana"] = 1;
        Console.WriteLine("after trim " + string.Join(",", stock.OrderBy(kv => kv.Key, StringComparer.Ordinal)));

        var cd = new ConcurrentDictionary<string, int>(StringComparer.Ordinal);
        foreach (var w in "the cat and the dog and the bird".Split(' '))
            cd.AddOrUpdate(w, 1, (_, old) => old + 1);
        Console.WriteLine("concurrent " + string.Join(",", cd.OrderBy(kv => kv.Key, StringComparer.Ordinal).Select(kv => kv.Key + "=" + kv.Value)));
        Console.WriteLine("getoradd " + cd.GetOrAdd("cow", k => k.Length) + " " + cd.GetOrAdd("cat", 99) + " tryupdate " + cd.TryUpdate("dog", 5, 1) + " " + cd.TryUpdate("dog", 6, 1) + " tryremove " + cd.TryRemove("and", out int andCount) + " " + andCount + " count " + cd.Count);
        var cq = new ConcurrentQueue<int>(new[] { 3, 1, 2 });
        cq.Enqueue(0);
        Console.WriteLine("queue " + cq.TryDequeue(out int first) + " " + first + " peek " + cq.TryPeek(out int peek) + " " + peek + " array " + string.Join(",", cq.ToArray()) + " sorted " + string.Join(",", cq.OrderBy(v => v)));
        var cs = new ConcurrentStack<string>();
        cs.PushRange(new[] { "a", "b", "c" });
        string[] popped = new string[2];
        Console.WriteLine("stack popped " + cs.TryPopRange(popped) + " " + string.Join(",", popped) + " left " + string.Join(",", cs));
        var bag = new ConcurrentBag<int>(new[] { 5, 3, 9 });
        Console.WriteLine("bag sorted " + string.Join(",", bag.OrderBy(v => v)) + " count " + bag.Count);
        return 0;
    }
}
