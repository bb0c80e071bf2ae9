// A bounds check whose own method catches its exception: the failing path calls the runtime to make the exception
// and goes to the catch's handler. Nothing else in the try can throw into a catch, so the method has no landing
// pad (no `try`), no handler frame and no calls on its way in or out: a leaf function.
using System;

class Program
{
    static int Guarded(int[] items, int i)
    {
        try { return items[i] * 3; }
        catch (IndexOutOfRangeException) { return -1; }
    }

    static int Main() => Guarded(new int[2], 1) + Guarded(new int[2], 5);
}
