// Exception.StackTrace after rethrowing: `throw;` continues the trace to the next handler (the rethrowing method
// once), `throw e;` starts it afresh at the throwing method, and throwing a saved exception again starts it where
// it is thrown (printed without CoreCLR's parameter lists and source lines, which an image does not have).
using System;
using System.Runtime.CompilerServices;

static class Program
{
    [MethodImpl(MethodImplOptions.NoInlining)]
    static void Fail(string what) => throw new InvalidOperationException(what);

    [MethodImpl(MethodImplOptions.NoInlining)]
    static void RethrowHere()
    {
        try { Fail("rethrown"); }
        catch (InvalidOperationException) { Console.WriteLine("caught in RethrowHere, rethrowing"); throw; }
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    static void ThrowAgainHere()
    {
        try { Fail("thrown again"); }
        catch (InvalidOperationException e) { throw e; }
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    static void Between(Action action) => action();

    [MethodImpl(MethodImplOptions.NoInlining)]
    static void TwiceRethrown()
    {
        try { Between(RethrowHere); }
        catch (Exception) { Console.WriteLine("caught in TwiceRethrown, rethrowing"); throw; }
    }

    static void Print(string title, Exception e)
    {
        Console.WriteLine(title + ": " + e.GetType().Name + ": " + e.Message);
        foreach (string line in e.StackTrace.Split('\n'))
            Console.WriteLine("  " + line.Trim().Split('(')[0]);
    }

    static int Main()
    {
        try { Between(RethrowHere); }
        catch (Exception e) { Print("rethrow", e); }
        try { Between(ThrowAgainHere); }
        catch (Exception e) { Print("throw e", e); }
        try { TwiceRethrown(); }
        catch (Exception e) { Print("rethrown twice", e); }
        Exception saved = null;
        try { Fail("saved"); }
        catch (Exception e) { saved = e; }
        Print("first throw", saved);
        try { Between(() => throw saved); }
        catch (Exception e) { Print("saved thrown again", e); }
        return 0;
    }
}
