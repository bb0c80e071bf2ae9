// Exception control flow: a custom exception hierarchy caught by the most specific clause, exception filters with side effects (filters run before inner finally blocks), finally order across nested method calls, rethrow vs throw ex vs wrapping (type/message/inner only), exceptions thrown from finally and catch, AggregateException Flatten/Handle/InnerExceptions messages, and InnerException chains with GetBaseException.
using System;
using System.Collections.Generic;

class AppException(string message, int code, Exception inner = null) : Exception(message, inner)
{
    public int Code { get; } = code;
}

class StorageException(string message, Exception inner = null) : AppException(message, 500, inner);

sealed class DiskFullException(long needed) : StorageException("Disk full, need " + needed + " bytes");

class ExceptionFiltersFinallyFlow
{
    static readonly List<string> Log = new List<string>();

    static bool Note(string what, bool result)
    {
        Log.Add("filter " + what + "=" + result);
        return result;
    }

    static void Level3(int mode)
    {
        try
        {
            Log.Add("L3 try");
            if (mode == 0)
                throw new DiskFullException(4096);
            if (mode == 1)
                throw new StorageException("read failed", new TimeoutException("slow disk"));
            throw new AppException("generic", 42);
        }
        finally { Log.Add("L3 finally"); }
    }

    static void Level2(int mode)
    {
        try { Level3(mode); }
        catch (AppException e) when (Note("L2 code>=500", e.Code >= 500))
        {
            Log.Add("L2 catch " + e.GetType().Name);
            throw;
        }
        finally { Log.Add("L2 finally"); }
    }

    static string Run(int mode)
    {
        Log.Clear();
        try { Level2(mode); }
        catch (DiskFullException e) when (Note("L1 disk", true)) { Log.Add("L1 disk: " + e.Message + " code " + e.Code); }
        catch (StorageException e) { Log.Add("L1 storage: " + e.Message + " inner " + e.InnerException?.GetType().Name); }
        catch (AppException e) when (Note("L1 app", e.Code == 42)) { Log.Add("L1 app: " + e.Message); }
        return string.Join(" | ", Log);
    }

    static void ThrowEx()
    {
        try { throw new InvalidOperationException("original"); }
        catch (InvalidOperationException ex) { throw ex; }
    }

    static void Check(Action a)
    {
        try { a(); }
        catch (Exception e)
        {
            Console.WriteLine("caught " + e.GetType().Name + ": " + e.Message + (e.InnerException != null ? " <- " + e.InnerException.GetType().Name + ": " + e.InnerException.Message : ""));
        }
    }

    static void Recurse(ref int depth)
    {
        depth++;
        try
        {
            if (depth == 5)
                throw new AppException("bottom reached", 5);
            Recurse(ref depth);
        }
        finally { Console.Write("f" + depth-- + " "); }
    }

    static int Main()
    {
        for (int mode = 0; mode < 3; mode++)
            Console.WriteLine("mode " + mode + ": " + Run(mode));
        Check(ThrowEx);
        Check(() => { try { ThrowEx(); } catch (Exception e) { throw new AppException("wrapped", 1, e); } });
        Check(() =>
        {
            try { throw new ArgumentException("first"); }
            finally { Console.WriteLine("finally replaces the in-flight exception"); throw new FormatException("from finally"); }
        });
        Check(() => { try { throw new KeyNotFoundException("k"); } catch (KeyNotFoundException e) { throw new InvalidOperationException("catch threw", e); } });
        var chain = new AppException("top", 1, new StorageException("middle", new DiskFullException(10)));
        var names = new List<string>();
        for (Exception e = chain; e != null; e = e.InnerException)
            names.Add(e.GetType().Name + "(" + e.Message + ")");
        Console.WriteLine("chain " + string.Join(" -> ", names) + " base " + chain.GetBaseException().GetType().Name);

        var agg = new AggregateException("batch failed", new InvalidOperationException("op"),
            new AggregateException(new ArgumentException("arg", "p"), new AggregateException("deep", new FormatException("fmt"))), new TimeoutException("late"));
        Console.WriteLine("aggregate message: " + agg.Message);
        Console.WriteLine("direct inner " + agg.InnerExceptions.Count + " first " + agg.InnerException.GetType().Name);
        AggregateException flat = agg.Flatten();
        foreach (var inner in flat.InnerExceptions)
            Console.WriteLine("  flat " + inner.GetType().Name + ": " + inner.Message);
        Console.WriteLine("flattened message: " + flat.Message);
        Check(() => flat.Handle(e => e is ArgumentException || e is FormatException));
        Console.WriteLine("default aggregate: " + new AggregateException().Message + " | " + new AggregateException(new Exception("x")).Message);
        int depth = 0;
        try { Recurse(ref depth); }
        catch (AppException e) when (e.Code == 5) { Console.WriteLine("recursion unwound at depth " + depth + ": " + e.Message); }
        return 0;
    }
}
