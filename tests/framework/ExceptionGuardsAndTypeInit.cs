// Framework-thrown exception messages: ArgumentNullException.ThrowIfNull/ThrowIfNullOrEmpty/ThrowIfNullOrWhiteSpace and ArgumentOutOfRangeException.ThrowIfNegative/ThrowIfZero/ThrowIfGreaterThan/ThrowIfLessThan/ThrowIfEqual/ThrowIfNotEqual/ThrowIfNegativeOrZero (caller argument parameter names), ObjectDisposedException.ThrowIf and its messages, TypeInitializationException from a failing static constructor (message, TypeName, inner DivideByZeroException) on first and later accesses.
using System;
using System.IO;

static class Fragile
{
    public static readonly int Value;

    static Fragile()
    {
        Console.WriteLine("  Fragile static ctor running");
        Value = int.Parse("12") / (Value - Value);
    }

    public static int Get() => Value;
}

class Lazy2
{
    public static string Name;

    static Lazy2()
    {
        Console.WriteLine("  Lazy2 static ctor");
        Name = "ready";
    }
}

sealed class Resource : IDisposable
{
    private bool _disposed;

    public void Use() => ObjectDisposedException.ThrowIf(_disposed, this);

    public void Dispose() => _disposed = true;
}

class ExceptionGuardsAndTypeInit
{
    static void Check(string label, Action a)
    {
        try
        {
            a();
            Console.WriteLine(label + ": ok");
        }
        catch (Exception e)
        {
            Console.WriteLine(label + ": " + e.GetType().Name + (e is ArgumentException ae ? " [" + ae.ParamName + "] " : ": ") + e.Message.Replace("\n", " | "));
        }
    }

    static void Register(string userName, object settings, int retries, double ratio)
    {
        ArgumentNullException.ThrowIfNull(settings);
        ArgumentException.ThrowIfNullOrEmpty(userName);
        ArgumentOutOfRangeException.ThrowIfNegative(retries);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(ratio, 1.0);
    }

    static int Main()
    {
        string nothing = null;
        int count = -3;
        int zero = 0;
        long big = 500;
        Check("null", () => ArgumentNullException.ThrowIfNull(nothing));
        Check("null custom name", () => ArgumentNullException.ThrowIfNull(nothing, "customName"));
        Check("empty", () => ArgumentException.ThrowIfNullOrEmpty(""));
        Check("whitespace", () => ArgumentException.ThrowIfNullOrWhiteSpace(" \t"));
        Check("whitespace null", () => ArgumentException.ThrowIfNullOrWhiteSpace(nothing));
        Check("negative", () => ArgumentOutOfRangeException.ThrowIfNegative(count));
        Check("zero", () => ArgumentOutOfRangeException.ThrowIfZero(zero));
        Check("negative or zero", () => ArgumentOutOfRangeException.ThrowIfNegativeOrZero(zero));
        Check("greater", () => ArgumentOutOfRangeException.ThrowIfGreaterThan(big, 100L));
        Check("greater or equal", () => ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(big, 500L));
        Check("less", () => ArgumentOutOfRangeException.ThrowIfLessThan(count, 0));
        Check("less or equal", () => ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(2.5, 2.5));
        Check("equal", () => ArgumentOutOfRangeException.ThrowIfEqual("a", "a"));
        Check("not equal", () => ArgumentOutOfRangeException.ThrowIfNotEqual(zero, 1));
        Check("passes", () => ArgumentOutOfRangeException.ThrowIfNegative(5));
        Check("register settings", () => Register("ann", null, 1, 0.5));
        Check("register user", () => Register("", new object(), 1, 0.5));
        Check("register retries", () => Register("ann", new object(), -1, 0.5));
        Check("register ratio", () => Register("ann", new object(), 1, 1.5));
        Check("register ok", () => Register("ann", new object(), 1, 0.5));
        Check("ctor messages", () => throw new ArgumentOutOfRangeException("size", 99, "Too large."));
        Check("null ctor message", () => throw new ArgumentNullException("input", "Input required."));

        var res = new Resource();
        Check("use", res.Use);
        res.Dispose();
        Check("use disposed", res.Use);
        Check("throwif type", () => ObjectDisposedException.ThrowIf(true, typeof(MemoryStream)));
        Check("ode name", () => throw new ObjectDisposedException("conn"));
        Check("ode name message", () => throw new ObjectDisposedException("conn", "Connection was closed."));
        Check("ode null name", () => throw new ObjectDisposedException(null));
        var ode = new ObjectDisposedException("thing");
        Console.WriteLine("ode ObjectName " + ode.ObjectName);

        Console.WriteLine("before Lazy2");
        Console.WriteLine("Lazy2 " + Lazy2.Name);
        Console.WriteLine("before Fragile");
        for (int i = 0; i < 2; i++)
        {
            try
            {
                Console.WriteLine(Fragile.Get());
            }
            catch (TypeInitializationException e)
            {
                Console.WriteLine("attempt " + i + ": " + e.GetType().Name + ": " + e.Message + " | TypeName " + e.TypeName + " | inner " + e.InnerException?.GetType().Name + ": " + e.InnerException?.Message);
            }
        }
        return 0;
    }
}
