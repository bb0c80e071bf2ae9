// Expects an unhandled System.InvalidOperationException from a chain of calls through a nested class, an instance method, a try/finally and a filter that says no; the report lists the frames innermost first, as CoreCLR's does
using System;
using System.Runtime.CompilerServices;

static class Program
{
    static int s_seen;

    sealed class Inner
    {
        int _depth;

        public Inner(int depth) { _depth = depth; }

        [MethodImpl(MethodImplOptions.NoInlining)]
        public void Fail()
        {
            if (_depth > 2)
                throw new InvalidOperationException("from the innermost frame");
            s_seen = 100;
        }
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    static void WithFinally(int depth)
    {
        try
        {
            new Inner(depth).Fail();
        }
        finally
        {
            s_seen++;
        }
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    static void WithFilter(int depth)
    {
        try
        {
            WithFinally(depth + 1);
        }
        catch (InvalidOperationException) when (depth < 0)
        {
            s_seen = 1;
        }
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    static int Main()
    {
        WithFilter(2);
        return s_seen;
    }
}
