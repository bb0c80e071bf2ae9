// Checks an exception thrown by a method a filter calls runs that method's finally blocks, counts as the filter saying no, and the search goes on to the next clause with the original exception; returns the order blocks ran in (CoreCLR's exit code is the expectation)
using System;

static class Program
{
    static int s_trace;
    static Exception s_original;

    static void Step(int s) => s_trace = s_trace * 10 + s;

    static bool Check(int depth)
    {
        try
        {
            if (depth == 0)
                throw new FormatException("in the filter");
            return Check(depth - 1);
        }
        finally
        {
            Step(depth + 1);
        }
    }

    static void Thrower()
    {
        try
        {
            s_original = new InvalidOperationException("original");
            throw s_original;
        }
        finally
        {
            Step(7);
        }
    }

    static int Main()
    {
        try
        {
            try
            {
                Thrower();
            }
            catch (InvalidOperationException) when (Check(2))
            {
                Step(9);
            }
        }
        catch (InvalidOperationException e) when (e == s_original)
        {
            Step(8);
        }
        return s_trace == 12378 ? 100 : s_trace % 251;
    }
}
