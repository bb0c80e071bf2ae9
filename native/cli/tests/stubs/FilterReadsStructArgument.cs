// Check's filter reads a struct argument passed by copy, which the method's pass-one function cannot reach: the
// build stubs Check with a reason that says how to avoid it.
using System;

struct Pair
{
    public int A;
}

static class Program
{
    static int Check(Pair p)
    {
        try
        {
            throw new InvalidOperationException();
        }
        catch (InvalidOperationException) when (p.A == 3)
        {
            return 100;
        }
    }

    static int Main()
    {
        Pair p;
        p.A = 3;
        return Check(p);
    }
}
