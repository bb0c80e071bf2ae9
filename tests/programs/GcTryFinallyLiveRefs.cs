// References held in locals across try/catch/finally regions (assigned in the try and read in the handler,
// assigned in a catch and read after it, updated in a finally, captured before a throw from a callee) survive
// the allocation churn inside the regions and handlers, also when only a handler reads them and the exception
// comes from the runtime's own checks; the handler and the code after it must read them intact.
using System;
using System.Runtime.CompilerServices;

static class Program
{
    sealed class Data
    {
        public int Id;
        public string Text;
        public Data Link;
    }

    static object s_notString = new object();
    static int[] s_small = new int[3];
    static int s_zero = 0;
    static Data s_null = null;
    static int s_finallyResult;
    static int s_rounds = 400;
    static int s_churn = 30;

    [MethodImpl(MethodImplOptions.NoInlining)]
    static long Churn(int n)
    {
        long s = 0;
        for (int i = 0; i < n; i++)
        {
            Data g = new Data { Id = i, Link = new Data() };
            s += g.Id;
        }
        int[] big = new int[30_000 + n];
        return s + big.Length;
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    static Data Make(int id) => new Data { Id = id, Text = (id % 2 == 0) ? "even" : "odd", Link = new Data { Id = -id } };

    static bool Ok(Data d, int id) => d != null && d.Id == id && d.Text == ((id % 2 == 0) ? "even" : "odd") && d.Link.Id == -id;

    [MethodImpl(MethodImplOptions.NoInlining)]
    static void MaybeThrow(int i, Data arg)
    {
        Churn(s_churn);
        if (!Ok(arg, i))
            throw new InvalidOperationException();
        if (i % 2 == 0)
            throw new ArgumentException();
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    static int Scenario(int i)
    {
        Data before = Make(i);
        Data inTry = null;
        Data inCatch = null;
        Data inFinally = null;
        int caught = 0;
        try
        {
            inTry = Make(i + 1);
            Churn(s_churn);
            MaybeThrow(i, before);
            Churn(s_churn);
        }
        catch (ArgumentException)
        {
            Churn(s_churn);
            // Both locals were set before the throw and are read after churn in the handler.
            if (!Ok(before, i) || !Ok(inTry, i + 1))
                return 2;
            inCatch = Make(i + 2);
            caught = 1;
            Churn(s_churn);
        }
        finally
        {
            Churn(s_churn);
            if (!Ok(inTry, i + 1))
                inFinally = null;
            else
                inFinally = Make(i + 3);
            Churn(s_churn);
        }
        Churn(s_churn);
        if (caught != ((i % 2 == 0) ? 1 : 0))
            return 3;
        if (caught == 1 ? !Ok(inCatch, i + 2) : inCatch != null)
            return 4;
        if (!Ok(inFinally, i + 3) || !Ok(before, i) || !Ok(inTry, i + 1))
            return 5;
        return 0;
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    static int NestedRegions(int i)
    {
        Data outer = Make(i);
        Data[] seen = new Data[4];
        try
        {
            try
            {
                seen[0] = Make(i + 10);
                throw new InvalidOperationException();
            }
            finally
            {
                seen[1] = Make(i + 11);
                Churn(s_churn);
            }
        }
        catch (InvalidOperationException)
        {
            Churn(s_churn);
            try
            {
                seen[2] = Make(i + 12);
                Churn(s_churn);
            }
            finally
            {
                seen[3] = Make(i + 13);
            }
        }
        Churn(s_churn);
        if (!Ok(outer, i))
            return 6;
        for (int k = 0; k < 4; k++)
        {
            if (!Ok(seen[k], i + 10 + k))
                return 7;
        }
        return 0;
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    static Data ReturnFromTry(int i)
    {
        Data result = Make(i);
        try
        {
            Churn(s_churn);
            return result;
        }
        finally
        {
            // Runs after the return value is decided; the value must survive this churn.
            result = null;
            Churn(s_churn);
        }
    }

    // Locals read only by a handler, the exception raised by the runtime's own checks (a cast, a bounds check, a
    // null check, a division), which allocate the exception object.
    [MethodImpl(MethodImplOptions.NoInlining)]
    static int HandlerOnly(int i)
    {
        Data onlyInCatch = Make(i);
        try
        {
            string s = (string)s_notString;
            return 20 + s.Length;
        }
        catch (InvalidCastException)
        {
            Churn(s_churn);
            if (!Ok(onlyInCatch, i))
                return 9;
        }
        Data second = Make(i + 1);
        try
        {
            s_small[s_small.Length + (i & 3)] = i;
            return 21;
        }
        catch (IndexOutOfRangeException)
        {
            Churn(s_churn);
            if (!Ok(second, i + 1))
                return 10;
        }
        Data third = Make(i + 2);
        try
        {
            return 22 + s_null.Id;
        }
        catch (NullReferenceException)
        {
            Churn(s_churn);
            if (!Ok(third, i + 2))
                return 11;
        }
        Data fourth = Make(i + 3);
        try
        {
            return 23 + i / s_zero;
        }
        catch (DivideByZeroException)
        {
            Churn(s_churn);
            if (!Ok(fourth, i + 3))
                return 12;
        }
        return 0;
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    static void FinallyOnly(int i)
    {
        Data onlyInFinally = Make(i);
        try
        {
            string s = (string)s_notString;
            s_finallyResult = s.Length;
        }
        finally
        {
            Churn(s_churn);
            s_finallyResult = Ok(onlyInFinally, i) ? 0 : 13;
        }
    }

    static int Main()
    {
        for (int i = 0; i < s_rounds; i++)
        {
            int r = Scenario(i);
            if (r != 0)
                return r;
            r = NestedRegions(i);
            if (r != 0)
                return r;
            Data d = ReturnFromTry(i);
            Churn(s_churn);
            if (!Ok(d, i))
                return 8;
            r = HandlerOnly(i);
            if (r != 0)
                return r;
            try
            {
                FinallyOnly(i);
                return 14;
            }
            catch (InvalidCastException)
            {
                if (s_finallyResult != 0)
                    return s_finallyResult;
            }
        }
        return 100;
    }
}
