// using statements and declarations dispose in reverse order, also on exceptions and early returns; try/finally ordering, nested finally with rethrow, lock on an object, and a struct IDisposable.
using System;
using System.Collections.Generic;

class Resource : IDisposable
{
    public static readonly List<string> Log = new();
    private readonly string _name;

    public Resource(string name)
    {
        _name = name;
        Log.Add("open " + name);
    }

    public void Use() => Log.Add("use " + _name);

    public void Dispose() => Log.Add("dispose " + _name);
}

struct Scope : IDisposable
{
    public string Name;

    public void Dispose() => Resource.Log.Add("scope end " + Name);
}

class UsingDisposeOrder
{
    static readonly object Gate = new();
    static int _counter;

    static void Flush(string title)
    {
        Console.WriteLine(title + ": " + string.Join(", ", Resource.Log));
        Resource.Log.Clear();
    }

    static int EarlyReturn(int n)
    {
        using var r = new Resource("early" + n);
        if (n > 0)
            return n * 2;
        r.Use();
        return -1;
    }

    static int Main()
    {
        using (var a = new Resource("a"))
        using (var b = new Resource("b"))
        {
            a.Use();
            b.Use();
        }
        Flush("nested");
        {
            using var c = new Resource("c");
            using var d = new Resource("d");
            d.Use();
        }
        Flush("declarations");
        try
        {
            using var e = new Resource("e");
            throw new InvalidOperationException("boom");
        }
        catch (InvalidOperationException ex)
        {
            Resource.Log.Add("caught " + ex.Message);
        }
        Flush("exception");
        Console.WriteLine(EarlyReturn(5) + " " + EarlyReturn(0));
        Flush("early return");
        using (new Scope { Name = "s1" })
            Resource.Log.Add("inside");
        Resource nothing = null;
        using (nothing)
            Resource.Log.Add("null resource ok");
        Flush("struct and null");
        try
        {
            try
            {
                Resource.Log.Add("try");
                throw new ArgumentException("inner");
            }
            finally
            {
                Resource.Log.Add("finally 1");
            }
        }
        catch (ArgumentException ex) when (ex.Message == "inner")
        {
            Resource.Log.Add("filtered catch");
        }
        finally
        {
            Resource.Log.Add("finally 2");
        }
        Flush("finally order");
        for (int i = 0; i < 5; i++)
        {
            lock (Gate)
            {
                _counter += i;
            }
        }
        bool taken = false;
        System.Threading.Monitor.Enter(Gate, ref taken);
        try
        {
            Console.WriteLine("locked " + taken + " " + System.Threading.Monitor.IsEntered(Gate) + " counter " + _counter);
        }
        finally
        {
            System.Threading.Monitor.Exit(Gate);
        }
        Console.WriteLine("after exit " + System.Threading.Monitor.IsEntered(Gate));
        var gate2 = new System.Threading.Lock();
        lock (gate2)
            Console.WriteLine("Lock held " + gate2.IsHeldByCurrentThread);
        Console.WriteLine("Lock released " + gate2.IsHeldByCurrentThread);
        return 0;
    }
}
