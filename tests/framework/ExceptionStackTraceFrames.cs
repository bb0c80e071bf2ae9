// Exception.StackTrace and ToString: the methods a caught exception was thrown through, from the throw to the
// catching method (printed without CoreCLR's parameter lists and source lines, which an image does not have).
using System;
using System.Runtime.CompilerServices;

static class Program
{
    sealed class Miss : Exception
    {
        public readonly int Key;
        public Miss(int key) : base("missing " + key) { Key = key; }
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    static int Lookup(int key) => key > 2 ? throw new Miss(key) : key;

    [MethodImpl(MethodImplOptions.NoInlining)]
    static int Middle(int key) => Lookup(key) + 1;

    [MethodImpl(MethodImplOptions.NoInlining)]
    static int Outer(int key)
    {
        try { return Middle(key); }
        finally { Console.WriteLine("finally in Outer"); }
    }

    static void Print(string title, string text)
    {
        Console.WriteLine(title);
        foreach (string line in text.Split('\n'))
            Console.WriteLine("  " + line.Trim().Split('(')[0]);
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    static void CatchHere()
    {
        try { Outer(7); }
        catch (Miss e) { Print("StackTrace:", e.StackTrace); Print("ToString:", e.ToString()); }
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    static int KeyOnly()
    {
        int sum = 0;
        for (int i = 0; i < 3; i++)
        {
            try { sum += Middle(i + 2); }
            catch (Miss m) { sum += m.Key; }
        }
        return sum;
    }

    static int Main()
    {
        CatchHere();
        Console.WriteLine("keys: " + KeyOnly());
        var notThrown = new InvalidOperationException("never thrown");
        Console.WriteLine("never thrown: " + (notThrown.StackTrace == null) + " | " + notThrown);
        try { Lookup(9); }
        catch (Exception e) { Print("caught in Main:", e.StackTrace); }
        return 0;
    }
}
