// Queue<T> and Stack<T>: Enqueue/Dequeue/Peek and Push/Pop/Peek order, TryDequeue/TryPop on empty, enumeration order, ToArray, Contains, wrap-around growth, PriorityQueue with a deterministic priority order, and the empty-collection messages.
using System;
using System.Collections.Generic;

class QueueStackOperations
{
    static int Main()
    {
        var q = new Queue<string>();
        q.Enqueue("a");
        q.Enqueue("b");
        q.Enqueue("c");
        Console.WriteLine(q.Count + " " + q.Peek() + " " + q.Dequeue() + " " + q.Count + " " + string.Join(",", q));
        q.Enqueue("d");
        Console.WriteLine(string.Join(",", q.ToArray()) + " " + q.Contains("b") + " " + q.Contains("a"));
        Console.WriteLine(q.TryDequeue(out var first) + " " + first + " " + q.TryPeek(out var next) + " " + next);
        var ring = new Queue<int>(4);
        int sum = 0;
        for (int i = 0; i < 100; i++)
        {
            ring.Enqueue(i);
            if (ring.Count > 3)
                sum += ring.Dequeue();
        }
        Console.WriteLine(sum + " " + string.Join(",", ring));

        var s = new Stack<int>();
        for (int i = 1; i <= 5; i++)
            s.Push(i * 10);
        Console.WriteLine(s.Count + " " + s.Peek() + " " + s.Pop() + " " + s.Pop() + " " + string.Join(",", s));
        Console.WriteLine(string.Join(",", s.ToArray()) + " " + s.Contains(10));
        var fromArray = new Stack<char>("abc");
        Console.WriteLine(new string(fromArray.ToArray()));
        Console.WriteLine(s.TryPop(out int top) + " " + top + " " + s.TryPeek(out int top2) + " " + top2);
        s.Clear();
        Console.WriteLine(s.TryPop(out int none) + " " + none + " " + s.Count);

        string expr = "((a)(b(c)))";
        var depth = new Stack<int>();
        int maxDepth = 0;
        foreach (char c in expr)
        {
            if (c == '(')
                depth.Push(depth.Count + 1);
            else if (c == ')')
                maxDepth = Math.Max(maxDepth, depth.Pop());
        }
        Console.WriteLine("max depth " + maxDepth + " balanced " + (depth.Count == 0));

        var pq = new PriorityQueue<string, int>();
        pq.Enqueue("low", 5);
        pq.Enqueue("high", 1);
        pq.Enqueue("mid", 3);
        pq.Enqueue("urgent", 0);
        pq.Enqueue("later", 9);
        Console.WriteLine(pq.Count + " " + pq.Peek());
        while (pq.TryDequeue(out var item, out int prio))
            Console.Write(item + "(" + prio + ") ");
        Console.WriteLine();

        try
        {
            new Queue<int>().Dequeue();
        }
        catch (InvalidOperationException e)
        {
            Console.WriteLine("InvalidOperationException: " + e.Message);
        }
        try
        {
            new Stack<int>().Peek();
        }
        catch (InvalidOperationException e)
        {
            Console.WriteLine("InvalidOperationException: " + e.Message);
        }
        return 0;
    }
}
