// LinkedList<T>: AddFirst/AddLast/AddBefore/AddAfter, Find/FindLast, Remove by value and node, RemoveFirst/RemoveLast, node navigation (Next/Previous/List), enumeration both ways, and errors on misuse.
using System;
using System.Collections.Generic;
using System.Text;

class LinkedListOperations
{
    static string Forward<T>(LinkedList<T> list) => "[" + string.Join(" ", list) + "] n=" + list.Count;

    static string Backward<T>(LinkedList<T> list)
    {
        var sb = new StringBuilder("[");
        for (var n = list.Last; n != null; n = n.Previous)
            sb.Append(n.Value).Append(n.Previous != null ? " " : "");
        return sb.Append(']').ToString();
    }

    static int Main()
    {
        var list = new LinkedList<string>();
        list.AddLast("b");
        list.AddFirst("a");
        list.AddLast("d");
        var b = list.Find("b");
        list.AddAfter(b, "c");
        list.AddBefore(list.First, "start");
        list.AddAfter(list.Last, "end");
        Console.WriteLine(Forward(list) + " " + Backward(list));
        Console.WriteLine(list.First.Value + " " + list.Last.Value + " " + b.Next.Value + " " + b.Previous.Value + " " + (b.List == list));
        list.AddLast("b");
        Console.WriteLine((list.Find("b") == b) + " " + (list.FindLast("b") == b) + " " + (list.Find("zzz") == null));
        Console.WriteLine(list.Remove("b") + " " + Forward(list) + " " + (b.List == null));
        list.RemoveFirst();
        list.RemoveLast();
        Console.WriteLine(Forward(list));
        list.Remove(list.First.Next);
        Console.WriteLine(Forward(list) + " " + list.Contains("d") + " " + list.Contains("c"));
        var nums = new LinkedList<int>(new[] { 1, 2, 3, 4, 5, 6 });
        for (var n = nums.First; n != null;)
        {
            var next = n.Next;
            if (n.Value % 2 == 0)
                nums.Remove(n);
            n = next;
        }
        Console.WriteLine(Forward(nums) + " " + Backward(nums));
        var node = new LinkedListNode<int>(99);
        nums.AddFirst(node);
        Console.WriteLine(Forward(nums) + " " + (node.List == nums));
        int[] arr = new int[5];
        nums.CopyTo(arr, 1);
        Console.WriteLine(string.Join(",", arr));
        try
        {
            nums.AddLast(node);
        }
        catch (InvalidOperationException e)
        {
            Console.WriteLine("InvalidOperationException: " + e.Message);
        }
        nums.Clear();
        Console.WriteLine(Forward(nums) + " " + (nums.First == null));
        try
        {
            nums.RemoveFirst();
        }
        catch (InvalidOperationException e)
        {
            Console.WriteLine("InvalidOperationException: " + e.Message);
        }
        return 0;
    }
}
