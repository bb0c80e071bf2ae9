// The landing pad of a method with handlers: `block (result i32) loop try <body> catch (store; br loop) end end
// end throw` around the body, block 0 dispatching on the region variable, `unwind` branching out to the throw.
using System;

class Program
{
    static int s_log;

    static int Guarded(int[] items, int i)
    {
        try { return items[i]; }
        catch (IndexOutOfRangeException) { return -1; }
        finally { s_log++; }
    }

    static int Main() => Guarded(new int[2], 1) + Guarded(new int[2], 5) + s_log;
}
