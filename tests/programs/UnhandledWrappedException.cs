// Checks the report of an unhandled exception that wraps another: CoreCLR prints its ToString() — the overridden
// Message, the inner exception (" ---> "), both stack traces — and exits with 134. The image reports it the same
// way when its ToString is in the image (string concatenation of an object here calls Object.ToString).
using System;
using System.Runtime.CompilerServices;

class WrappedException : Exception
{
    public WrappedException(string message, Exception inner) : base(message, inner) { }
    public override string Message => "wrapped: " + base.Message;
}

static class Program
{
    [MethodImpl(MethodImplOptions.NoInlining)]
    static void Inner() => throw new ArgumentException("bad value", "value");

    [MethodImpl(MethodImplOptions.NoInlining)]
    static void Outer()
    {
        try { Inner(); }
        catch (ArgumentException e) { throw new WrappedException("outer failed", e); }
    }

    static int Main()
    {
        string described = "object: " + new object();
        if (described.Length == 0) return 1;
        Outer();
        return 100;
    }
}
