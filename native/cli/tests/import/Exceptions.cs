// Exception handling as the importer lowers it: block 0 links the handler frame in on entry and dispatches on the
// region a throw came from, each block stores its region first, a catch or filter clause takes what the first
// pass chose (its pass-one function tests the type and runs the filter, reading `code` in the method's frame), a
// finally runs from every leave with its own continuation, and what no clause takes unwinds to the caller.
using System;

class Program
{
    static int s_log;

    static int CatchByType(int[] items, int i)
    {
        try { return items[i]; }
        catch (IndexOutOfRangeException) { return -1; }
    }

    static int FinallyOnLeave(int x)
    {
        try { x += 1; }
        finally { s_log++; }
        return x;
    }

    static int Filter(int code)
    {
        try { throw new InvalidOperationException(); }
        catch (InvalidOperationException) when (code > 0) { return code; }
    }

    static void Rethrow()
    {
        try { s_log = 1; }
        catch { s_log = 2; throw; }
    }

    static int Main()
    {
        Rethrow();
        return CatchByType(new int[1], 0) + FinallyOnLeave(1) + Filter(3);
    }
}
