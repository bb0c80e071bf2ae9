// Iterators: yield return/yield break, lazy evaluation order, finally blocks on early exit and Dispose, infinite generators with Take, recursive iterators, IEnumerable<T> over a custom collection, and iterating twice.
using System;
using System.Collections;
using System.Collections.Generic;
using System.Linq;

class Countdown : IEnumerable<int>
{
    private readonly int _from;

    public Countdown(int from) => _from = from;

    public IEnumerator<int> GetEnumerator()
    {
        for (int i = _from; i >= 0; i--)
            yield return i;
    }

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
}

class Tree
{
    public int Value;
    public Tree Left, Right;

    public IEnumerable<int> InOrder()
    {
        if (Left != null)
            foreach (var v in Left.InOrder())
                yield return v;
        yield return Value;
        if (Right != null)
            foreach (var v in Right.InOrder())
                yield return v;
    }
}

class IteratorsYield
{
    static readonly List<string> Log = new();

    static IEnumerable<int> Numbers(int n)
    {
        Log.Add("start");
        try
        {
            for (int i = 1; i <= n; i++)
            {
                Log.Add("yield " + i);
                yield return i;
            }
            Log.Add("end loop");
        }
        finally
        {
            Log.Add("finally");
        }
    }

    static IEnumerable<long> Fibonacci()
    {
        long a = 0, b = 1;
        while (true)
        {
            yield return a;
            (a, b) = (b, a + b);
        }
    }

    static IEnumerable<string> StopAt(IEnumerable<string> words, string stop)
    {
        foreach (var w in words)
        {
            if (w == stop)
                yield break;
            yield return w.ToUpperInvariant();
        }
    }

    static int Main()
    {
        var seq = Numbers(3);
        Console.WriteLine("created, log=" + Log.Count);
        foreach (var x in seq)
            Log.Add("got " + x);
        Console.WriteLine(string.Join(" | ", Log));
        Log.Clear();
        foreach (var x in Numbers(10))
        {
            if (x == 2)
                break;
        }
        Console.WriteLine(string.Join(" | ", Log));
        Log.Clear();
        using (var e = Numbers(5).GetEnumerator())
        {
            e.MoveNext();
            e.MoveNext();
            Console.WriteLine("current " + e.Current);
        }
        Console.WriteLine(string.Join(" | ", Log));
        Log.Clear();
        Console.WriteLine(string.Join(",", Fibonacci().Take(15)) + " " + Fibonacci().Skip(90).First());
        Console.WriteLine(string.Join(",", Fibonacci().TakeWhile(f => f < 100).Where(f => f % 2 == 0)));
        Console.WriteLine(string.Join(" ", StopAt(new[] { "a", "b", "stop", "c" }, "stop")));
        var cd = new Countdown(5);
        Console.WriteLine(string.Join(",", cd) + " " + cd.Sum() + " " + cd.Count());
        var root = new Tree
        {
            Value = 5,
            Left = new Tree { Value = 3, Left = new Tree { Value = 1 }, Right = new Tree { Value = 4 } },
            Right = new Tree { Value = 8, Right = new Tree { Value = 9 } },
        };
        Console.WriteLine(string.Join(" ", root.InOrder()));
        var twice = Numbers(2);
        Console.WriteLine(twice.Sum() + twice.Sum());
        Console.WriteLine(Log.Count(l => l == "start") + " starts");
        IEnumerator nonGeneric = ((IEnumerable)cd).GetEnumerator();
        int count = 0;
        while (nonGeneric.MoveNext())
            count += (int)nonGeneric.Current;
        Console.WriteLine(count);
        return 0;
    }
}
