// Exceptions raised by the runtime and by user code, printed by type name and message: divide by zero, checked overflow (add, multiply, conversion, negate), InvalidCastException, NullReferenceException, array store and index errors, custom exceptions with inner exceptions, filters, rethrow and finally order.
using System;

class InsufficientFundsException : Exception
{
    public decimal Needed { get; }

    public InsufficientFundsException(decimal needed, Exception inner = null)
        : base("Need " + needed + " more", inner)
    {
        Needed = needed;
    }
}

class ExceptionMessagesRuntime
{
    static int _zero = 0;
    static int _max = int.MaxValue;
    static long _bigLong = long.MaxValue;
    static double _huge = 1e20;
    static object _boxedString = "text";
    static object _boxedInt = 42;
    static string _nullString = null;

    static void Check(string label, Action a)
    {
        try
        {
            a();
            Console.WriteLine(label + ": no exception");
        }
        catch (Exception e)
        {
            Console.WriteLine(label + ": " + e.GetType().Name + ": " + e.Message + (e.InnerException != null ? " (inner " + e.InnerException.GetType().Name + ": " + e.InnerException.Message + ")" : ""));
        }
    }

    static void Withdraw(decimal balance, decimal amount)
    {
        try
        {
            if (amount > balance)
                throw new InvalidOperationException("balance too low");
        }
        catch (InvalidOperationException e)
        {
            throw new InsufficientFundsException(amount - balance, e);
        }
    }

    static int Main()
    {
        Check("int div", () => Console.WriteLine(10 / _zero));
        Check("int rem", () => Console.WriteLine(10 % _zero));
        Check("long div", () => Console.WriteLine(10L / _zero));
        Check("double div", () => Console.WriteLine(10.0 / _zero));
        Check("checked add", () => Console.WriteLine(checked(_max + 1)));
        Check("checked mul", () => Console.WriteLine(checked(_bigLong * 2)));
        Check("checked neg", () => Console.WriteLine(checked(-(_max + -_max - _max - 1))));
        Check("checked conv", () => Console.WriteLine(checked((int)_bigLong)));
        Check("checked double conv", () => Console.WriteLine(checked((int)_huge)));
        Check("checked uint", () => Console.WriteLine(checked((uint)(_zero - 1))));
        Check("unchecked", () => Console.WriteLine(unchecked(_max + 1) + " " + (int)_huge));
        Check("cast string to int", () => Console.WriteLine((int)_boxedString));
        Check("cast int to long", () => Console.WriteLine((long)_boxedInt));
        Check("cast to string", () => Console.WriteLine((string)_boxedInt));
        Check("cast to IDisposable", () => Console.WriteLine((IDisposable)_boxedString));
        Check("null length", () => Console.WriteLine(_nullString.Length));
        Check("null unbox", () => Console.WriteLine((int)(object)_nullString));
        Check("array store", () =>
        {
            object[] objs = new string[1];
            objs[0] = 1;
        });
        Check("array negative size", () => Console.WriteLine(new int[_zero - 1].Length));
        Check("custom", () => Withdraw(10m, 25.5m));
        Check("argument", () => throw new ArgumentException("bad value", "arg"));
        Check("argument null", () => ArgumentNullException.ThrowIfNull(_nullString));
        Check("argument range", () => ArgumentOutOfRangeException.ThrowIfNegative(_zero - 5));
        Check("not implemented", () => throw new NotImplementedException());
        Check("not supported", () => throw new NotSupportedException());
        Check("invalid op", () => throw new InvalidOperationException());
        Check("aggregate", () => throw new AggregateException("many", new Exception("a"), new FormatException("b")));
        Check("nullable", () => Console.WriteLine(((int?)null).Value));
        Check("object disposed", () => throw new ObjectDisposedException("thing"));
        string trace = "";
        try
        {
            try
            {
                trace += "try ";
                throw new InvalidOperationException("first");
            }
            catch (InvalidOperationException) when (trace.Length > 100)
            {
                trace += "never ";
            }
            catch (InvalidOperationException)
            {
                trace += "catch ";
                throw;
            }
            finally
            {
                trace += "finally ";
            }
        }
        catch (Exception e)
        {
            trace += "outer:" + e.Message;
        }
        Console.WriteLine(trace);
        var ex = new InsufficientFundsException(3m);
        Console.WriteLine(ex.Message + " " + ex.Needed + " " + (ex.InnerException == null) + " " + ex.GetType().Name + " " + (ex.GetBaseException() == ex));
        var wrapped = new Exception("outer", new ArgumentException("inner", "p"));
        Console.WriteLine(wrapped.GetBaseException().Message + " | " + wrapped.InnerException.Message);
        return 0;
    }
}
