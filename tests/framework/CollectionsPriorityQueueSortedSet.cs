// PriorityQueue (min-heap order, ties printed after sorting by element, custom comparer, EnqueueDequeue, DequeueEnqueue, TryPeek, EnqueueRange, Remove) and SortedSet (GetViewBetween views that track the parent, Min/Max of views, set operations and predicates, RemoveWhere, Reverse).
using System;
using System.Collections.Generic;
using System.Linq;

class CollectionsPriorityQueueSortedSet
{
    static int Main()
    {
        var pq = new PriorityQueue<string, int>();
        pq.Enqueue("write", 3);
        pq.Enqueue("boot", 1);
        pq.Enqueue("read", 2);
        pq.Enqueue("sleep", 5);
        pq.Enqueue("log", 3);
        pq.Enqueue("exit", 9);
        Console.WriteLine("count " + pq.Count + " peek " + pq.Peek() + " trypeek " + pq.TryPeek(out string top, out int topPri) + " " + top + "/" + topPri);
        var order = new List<string>();
        while (pq.TryDequeue(out string item, out int pri))
        {
            if (pri == 3)
            {
                var ties = new List<string> { item };
                while (pq.TryPeek(out string next, out int np) && np == 3)
                    ties.Add(pq.Dequeue());
                ties.Sort(StringComparer.Ordinal);
                order.Add("3:{" + string.Join(",", ties) + "}");
            }
            else
            {
                order.Add(pri + ":" + item);
            }
        }
        Console.WriteLine("dequeued " + string.Join(" ", order));

        var maxHeap = new PriorityQueue<int, int>(Comparer<int>.Create((a, b) => b.CompareTo(a)));
        maxHeap.EnqueueRange(new[] { 5, 1, 8, 3, 9, 2 }.Select(x => (x, x)));
        Console.WriteLine("max heap " + maxHeap.Dequeue() + " " + maxHeap.Dequeue() + " then EnqueueDequeue(4) -> " + maxHeap.EnqueueDequeue(4, 4) + " DequeueEnqueue(7) -> " + maxHeap.DequeueEnqueue(7, 7) + " count " + maxHeap.Count);
        var rest = new List<int>();
        while (maxHeap.Count > 0)
            rest.Add(maxHeap.Dequeue());
        Console.WriteLine("rest " + string.Join(",", rest));
        var pq2 = new PriorityQueue<char, double>(new[] { ('a', 0.5), ('b', -1.0), ('c', 0.25) });
        Console.WriteLine("remove c " + pq2.Remove('c', out char rc, out double rp) + " " + rc + " " + rp + " remove z " + pq2.Remove('z', out _, out _) + " first " + pq2.Dequeue());
        var sortedItems = pq2.UnorderedItems.OrderBy(t => t.Priority).Select(t => t.Element + "=" + t.Priority);
        Console.WriteLine("unordered sorted " + string.Join(",", sortedItems));
        pq2.Clear();
        try
        {
            pq2.Dequeue();
        }
        catch (InvalidOperationException e)
        {
            Console.WriteLine(e.GetType().Name + ": " + e.Message);
        }

        var set = new SortedSet<int>(Enumerable.Range(1, 20).Where(i => i % 3 != 0));
        Console.WriteLine("set " + string.Join(",", set) + " min " + set.Min + " max " + set.Max);
        SortedSet<int> view = set.GetViewBetween(5, 12);
        Console.WriteLine("view " + string.Join(",", view) + " count " + view.Count + " min " + view.Min + " max " + view.Max);
        set.Add(9);
        set.Remove(7);
        set.Add(30);
        Console.WriteLine("view after parent change " + string.Join(",", view) + " count " + view.Count);
        view.Add(6);
        Console.WriteLine("parent after view add " + set.Contains(6) + " count " + set.Count);
        try
        {
            view.Add(13);
        }
        catch (ArgumentOutOfRangeException e)
        {
            Console.WriteLine(e.GetType().Name + ": " + e.Message.Replace("\n", " | "));
        }
        Console.WriteLine("nested view " + string.Join(",", view.GetViewBetween(8, 11)) + " reverse " + string.Join(",", view.Reverse()));
        var a = new SortedSet<string>(new[] { "pear", "apple", "fig", "kiwi" }, StringComparer.Ordinal);
        var b = new[] { "fig", "kiwi", "lime", "date" };
        var u = new SortedSet<string>(a, StringComparer.Ordinal);
        u.UnionWith(b);
        var i2 = new SortedSet<string>(a, StringComparer.Ordinal);
        i2.IntersectWith(b);
        var x2 = new SortedSet<string>(a, StringComparer.Ordinal);
        x2.SymmetricExceptWith(b);
        Console.WriteLine("union " + string.Join(",", u) + " | intersect " + string.Join(",", i2) + " | symmetric " + string.Join(",", x2));
        Console.WriteLine("subset " + i2.IsSubsetOf(a) + " proper " + i2.IsProperSubsetOf(a) + " superset " + u.IsSupersetOf(a) + " overlaps " + a.Overlaps(b) + " setequals " + a.SetEquals(new[] { "kiwi", "fig", "apple", "pear", "fig" }));
        Console.WriteLine("removewhere " + u.RemoveWhere(s => s.Length == 4) + " left " + string.Join(",", u) + " trygetvalue " + u.TryGetValue("apple", out string found) + " " + found);
        var byLength = new SortedSet<string>(Comparer<string>.Create((p, q) => p.Length != q.Length ? p.Length.CompareTo(q.Length) : string.CompareOrdinal(p, q))) { "ccc", "a", "bb", "aa", "b" };
        Console.WriteLine("by length " + string.Join(",", byLength) + " min " + byLength.Min + " max " + byLength.Max);
        return 0;
    }
}
