// System.Collections.Immutable: ImmutableArray (Create, Add/Insert/Remove/SetItem returning new arrays, default vs empty, IsDefault, ToBuilder/MoveToImmutable, AsSpan, BinarySearch, Sort) and ImmutableList (Add/Replace/RemoveAll, structural sharing visible through reference equality of unchanged lists, builders, Sort), ImmutableStack and ImmutableQueue.
using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;

class ImmutableArrayListBuilders
{
    static int Main()
    {
        ImmutableArray<int> a = ImmutableArray.Create(5, 3, 8);
        ImmutableArray<int> b = a.Add(1);
        ImmutableArray<int> c = b.Insert(0, 9).Remove(8).SetItem(1, 50);
        Console.WriteLine("a " + string.Join(",", a) + " b " + string.Join(",", b) + " c " + string.Join(",", c) + " lengths " + a.Length + b.Length + c.Length);
        Console.WriteLine("sorted " + string.Join(",", c.Sort()) + " desc " + string.Join(",", c.Sort(Comparer<int>.Create((x, y) => y.CompareTo(x)))) + " indexof 50 " + c.IndexOf(50) + " contains 8 " + c.Contains(8));
        ImmutableArray<int> sorted = c.Sort();
        Console.WriteLine("binarysearch 5 " + sorted.BinarySearch(5) + " 4 " + sorted.BinarySearch(4) + " span sum " + Sum(sorted.AsSpan()));
        ImmutableArray<int> def = default;
        Console.WriteLine("default isdefault " + def.IsDefault + " isdefaultorempty " + def.IsDefaultOrEmpty + " empty isdefault " + ImmutableArray<int>.Empty.IsDefault + " empty length " + ImmutableArray<int>.Empty.Length);
        try
        {
            Console.WriteLine(def.Length);
        }
        catch (Exception e)
        {
            Console.WriteLine(e.GetType().Name + ": " + e.Message);
        }
        Console.WriteLine("equality " + (a == ImmutableArray.Create(5, 3, 8)) + " same " + (a == a.Add(1).RemoveAt(3)) + " seqequal " + a.SequenceEqual(new[] { 5, 3, 8 }) + " addrange " + string.Join(",", a.AddRange(new[] { 7, 7 })));
        var builder = ImmutableArray.CreateBuilder<string>(3);
        builder.Add("x");
        builder.Add("y");
        builder.Add("z");
        ImmutableArray<string> moved = builder.MoveToImmutable();
        Console.WriteLine("moved " + string.Join(",", moved) + " builder count after " + builder.Count + " capacity " + builder.Capacity);
        var b2 = moved.ToBuilder();
        b2.RemoveAt(1);
        b2.Insert(0, "w");
        b2.Reverse();
        Console.WriteLine("builder toimmutable " + string.Join(",", b2.ToImmutable()) + " original " + string.Join(",", moved));
        try
        {
            var wrong = ImmutableArray.CreateBuilder<int>(2);
            wrong.Add(1);
            wrong.MoveToImmutable();
        }
        catch (InvalidOperationException e)
        {
            Console.WriteLine(e.GetType().Name + ": " + e.Message);
        }
        var slice = ImmutableArray.Create(new[] { 0, 1, 2, 3, 4, 5 }, 2, 3);
        Console.WriteLine("slice " + string.Join(",", slice) + " range " + string.Join(",", slice[1..]) + " select " + string.Join(",", slice.Select(x => x * x)) + " removeall " + string.Join(",", slice.RemoveAll(x => x % 2 == 0)));

        ImmutableList<string> list = ImmutableList.Create("b", "d", "a");
        ImmutableList<string> list2 = list.Add("c");
        ImmutableList<string> list3 = list2.Replace("d", "D").RemoveAt(0);
        Console.WriteLine("list " + string.Join(",", list) + " list2 " + string.Join(",", list2) + " list3 " + string.Join(",", list3) + " sorted " + string.Join(",", list2.Sort(StringComparer.Ordinal)));
        Console.WriteLine("no-op remove same " + ReferenceEquals(list, list.Remove("zz")) + " clear empty " + ReferenceEquals(list.Clear(), ImmutableList<string>.Empty) + " indexof " + list2.IndexOf("c") + " find " + list2.Find(s => s.CompareTo("b") > 0));
        var lb = ImmutableList.CreateBuilder<int>();
        for (int i = 10; i > 0; i -= 3)
            lb.Add(i);
        lb.Sort();
        ImmutableList<int> built = lb.ToImmutable();
        lb.Add(100);
        Console.WriteLine("list builder " + string.Join(",", built) + " builder now " + string.Join(",", lb) + " binarysearch 7 " + built.BinarySearch(7) + " getrange " + string.Join(",", built.GetRange(1, 2)));
        ImmutableList<int> many = ImmutableList.CreateRange(Enumerable.Range(0, 1000));
        ImmutableList<int> changed = many.SetItem(500, -1);
        Console.WriteLine("big " + many[500] + " " + changed[500] + " count " + changed.Count + " sum " + changed.Sum() + " removeall " + many.RemoveAll(x => x % 7 != 0).Count);

        var stack = ImmutableStack<int>.Empty.Push(1).Push(2).Push(3);
        var popped = stack.Pop(out int top);
        Console.WriteLine("stack " + string.Join(",", stack) + " top " + top + " popped " + string.Join(",", popped) + " peek " + popped.Peek() + " empty " + ImmutableStack<int>.Empty.IsEmpty);
        var queue = ImmutableQueue.Create("a", "b").Enqueue("c");
        var dq = queue.Dequeue(out string head);
        Console.WriteLine("queue " + string.Join(",", queue) + " head " + head + " rest " + string.Join(",", dq) + " peek " + dq.Peek());
        try
        {
            ImmutableQueue<int>.Empty.Peek();
        }
        catch (InvalidOperationException e)
        {
            Console.WriteLine(e.GetType().Name + ": " + e.Message);
        }
        return 0;
    }

    static int Sum(ReadOnlySpan<int> span)
    {
        int s = 0;
        foreach (int v in span)
            s += v;
        return s;
    }
}
