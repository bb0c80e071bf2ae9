// A call to a method whose IL has no `ret` (a throw helper, CoreLib's `ThrowHelper.ThrowX()` pattern) ends its
// block: the IL after it is never reached, so `s`, read after the guard, is not live across the call and Pick needs
// no frame slot or store for it.
using System;

static class Program
{
    static void Fail() => throw new ArgumentOutOfRangeException();

    static int Pick(string[] items, int i)
    {
        string s = items[0];
        if (i < 0)
            Fail();
        return s.Length + i;
    }

    static int Main() => Pick(new[] { "abc" }, 2);
}
