// Checks the first pass's choice survives a finally that catches an exception of its own on the way to a catch of the same method, and that filters read locals, arguments, a struct local and fields as they were at the throw; returns the order blocks ran in (CoreCLR's exit code is the expectation)
using System;

struct Pair
{
    public int A, B;
}

class Holder
{
    int _field = 7;
    static int s_trace;

    static void Step(int s) => s_trace = s_trace * 10 + s;

    static bool Note(int s, bool answer)
    {
        Step(s);
        return answer;
    }

    int Run(int arg)
    {
        Pair p;
        p.A = 3;
        p.B = arg;
        int local = 5;
        try
        {
            try
            {
                try
                {
                    local = 6;
                    throw new InvalidOperationException("outer");
                }
                finally
                {
                    Step(1);
                    try
                    {
                        throw new ArgumentException("inner");
                    }
                    catch (ArgumentException) when (Note(5, p.A == 3))
                    {
                        Step(2);
                    }
                }
            }
            catch (FormatException)
            {
                Step(9);
            }
        }
        catch (InvalidOperationException) when (Note(4, local == 6 && arg == 4 && p.B == 4 && _field == 7))
        {
            Step(3);
        }
        return s_trace;
    }

    static int Main()
    {
        int trace = new Holder().Run(4);
        return trace == 41523 ? 100 : trace % 251;
    }
}
