// An exception object (and the payload it carries) is in flight while finally blocks at several levels allocate
// enough to collect, while a filter allocates, while a catch churns before rethrowing it, and while a finally
// throws and catches another exception of its own; the handler that finally takes it must find it intact.
using System;
using System.Runtime.CompilerServices;

static class Program
{
    sealed class PayloadException : Exception
    {
        public int Code;
        public int[] Values;
        public object Extra;
        public PayloadException(int code)
        {
            Code = code;
            Values = new int[] { code, -code, code * 3 };
            Extra = new object[] { string.Concat("code", (code % 2 == 0) ? "E" : "O"), new int[code % 5 + 1] };
        }
        public bool Ok(int code) =>
            Code == code && Values.Length == 3 && Values[0] == code && Values[1] == -code && Values[2] == code * 3
            && Extra is object[] x && (string)x[0] == string.Concat("code", (code % 2 == 0) ? "E" : "O") && ((int[])x[1]).Length == code % 5 + 1;
    }

    static int s_rounds = 150;
    static int s_churn = 60;
    static int s_finallies;

    [MethodImpl(MethodImplOptions.NoInlining)]
    static long Churn(int n)
    {
        long s = 0;
        object keep = null;
        for (int i = 0; i < n; i++)
        {
            keep = new object[] { keep, i };
            if (i % 50 == 49)
                keep = null;
        }
        byte[] big = new byte[(1 << 20) + n];
        return s + big.Length;
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    static void Thrower(int code, int depth)
    {
        try
        {
            if (depth == 0)
                throw new PayloadException(code);
            Thrower(code, depth - 1);
        }
        finally
        {
            s_finallies++;
            Churn(s_churn);
        }
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    static bool FilterAllocates(PayloadException e, int code)
    {
        Churn(s_churn);
        return e.Ok(code);
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    static void Rethrower(int code)
    {
        try
        {
            Thrower(code, 2);
        }
        catch (PayloadException)
        {
            Churn(s_churn);
            throw;
        }
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    static int FinallyWithInnerException(int code)
    {
        int inner = 0;
        try
        {
            throw new PayloadException(code);
        }
        finally
        {
            // Another exception thrown and caught inside the finally, the outer one still in flight.
            try
            {
                Churn(s_churn);
                throw new PayloadException(code + 1);
            }
            catch (PayloadException e2)
            {
                Churn(s_churn);
                inner = e2.Ok(code + 1) ? 1 : -1000;
            }
            Churn(s_churn);
            s_finallies += inner;
        }
    }

    static int Main()
    {
        long total = 0;
        int expectedFinallies = 0;
        for (int i = 0; i < s_rounds; i++)
        {
            int code = i + 1;
            try
            {
                Thrower(code, i % 4);
                return 1;
            }
            catch (PayloadException e)
            {
                expectedFinallies += i % 4 + 1;
                total += Churn(s_churn);
                if (!e.Ok(code))
                    return 2;
            }
            try
            {
                Thrower(code, 1);
                return 3;
            }
            catch (PayloadException e) when (FilterAllocates(e, code))
            {
                expectedFinallies += 2;
                if (!e.Ok(code))
                    return 4;
            }
            try
            {
                Rethrower(code);
                return 5;
            }
            catch (PayloadException e)
            {
                expectedFinallies += 3;
                Churn(s_churn);
                if (!e.Ok(code))
                    return 6;
            }
            try
            {
                FinallyWithInnerException(code);
                return 7;
            }
            catch (PayloadException e)
            {
                expectedFinallies += 1;
                if (!e.Ok(code))
                    return 8;
            }
            // A filter that says no first; the next clause out takes it.
            try
            {
                try
                {
                    Thrower(code, 0);
                }
                catch (PayloadException e) when (!FilterAllocates(e, code))
                {
                    return 9;
                }
            }
            catch (PayloadException e)
            {
                expectedFinallies += 1;
                if (!e.Ok(code))
                    return 10;
            }
            if (s_finallies != expectedFinallies)
                return 11;
        }
        return total > 0 ? 100 : 12;
    }
}
