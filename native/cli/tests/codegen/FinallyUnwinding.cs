// A method with only finally clauses never goes back to its normal blocks once an exception lands: the blocks that
// run then (block 0's dispatch, the finally, the escape) are the landing pad's `catch` block, and the exception
// goes on with `rethrow` (`Once`). A finally that may throw into another finally of the same method needs the
// general landing pad, which restarts the body at block 0 (`Nested`).
using System;

class Program
{
    static int s_closed;

    static int Work(int i) => i < 0 ? throw new ArgumentException() : i * 2;

    static void Close(int i)
    {
        if (i == -2) throw new InvalidOperationException();
        s_closed++;
    }

    static int Once(int i)
    {
        try { return Work(i); }
        finally { s_closed++; }
    }

    static int Nested(int i)
    {
        try
        {
            try { return Work(i); }
            finally { Close(i); }
        }
        finally { s_closed++; }
    }

    static int Main() => Once(1) + Nested(2) + s_closed;
}
