// Exceptions thrown and caught in tight loops that allocate: each exception carries objects, the loop keeps some
// caught exceptions and their payloads in an array, and collections happen between throw and catch, inside
// catch blocks and between iterations; every kept exception and payload must stay intact, counts must add up.
using System;
using System.Runtime.CompilerServices;

static class Program
{
    class TaggedException : Exception
    {
        public int Tag;
        public object Payload;
        public TaggedException(int tag, object payload)
        {
            Tag = tag;
            Payload = payload;
        }
    }

    sealed class OtherException : TaggedException
    {
        public string Note;
        public OtherException(int tag, object payload, string note) : base(tag, payload) => Note = note;
    }

    static int s_iterations = 6000;
    static int s_kept = 64;
    static string[] s_notes = { "n0", "n1", "n2" };

    [MethodImpl(MethodImplOptions.NoInlining)]
    static object MakePayload(int i)
    {
        if (i % 3 == 0)
            return new int[] { i, i + 1 };
        if (i % 3 == 1)
            return string.Concat("p", s_notes[i % 3]);
        return new object[] { i, new int[i % 4] };
    }

    static bool PayloadOk(object p, int i)
    {
        if (i % 3 == 0)
            return p is int[] a && a.Length == 2 && a[0] == i && a[1] == i + 1;
        if (i % 3 == 1)
            return p is string s && s == string.Concat("p", s_notes[i % 3]);
        return p is object[] o && o[0] is int v && v == i && o[1] is int[] z && z.Length == i % 4;
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    static int Work(int i)
    {
        object[] garbage = new object[16];
        for (int k = 0; k < garbage.Length; k++)
            garbage[k] = new int[4];
        if (i % 10 == 0)
        {
            double[] big = new double[40_000];
            big[0] = i;
        }
        if (i % 5 == 0)
            throw new OtherException(i, MakePayload(i), s_notes[i % 3]);
        if (i % 2 == 0)
            throw new TaggedException(i, MakePayload(i));
        if (i % 7 == 0)
            throw new InvalidOperationException();
        return garbage.Length;
    }

    static int Main()
    {
        TaggedException[] kept = new TaggedException[s_kept];
        int tagged = 0, other = 0, invalid = 0, normal = 0;
        long sum = 0;
        for (int i = 0; i < s_iterations; i++)
        {
            try
            {
                sum += Work(i);
                normal++;
            }
            catch (OtherException e)
            {
                other++;
                object[] churn = new object[] { new int[100], new int[200] };
                if (e.Tag != i || e.Note != s_notes[i % 3] || !PayloadOk(e.Payload, i) || churn.Length != 2)
                    return 1;
                kept[(i / 5) % s_kept] = e;
            }
            catch (TaggedException e)
            {
                tagged++;
                if (e.Tag != i || !PayloadOk(e.Payload, i))
                    return 2;
                if (i % 4 == 0)
                    kept[(i / 4) % s_kept] = e;
            }
            catch (InvalidOperationException)
            {
                invalid++;
            }
            // Rethrow and catch again, a different way, in the same iteration.
            if (i % 10 == 3)
            {
                try
                {
                    try
                    {
                        throw new TaggedException(-i, MakePayload(i));
                    }
                    catch (TaggedException)
                    {
                        for (int k = 0; k < 20; k++)
                            sum += new int[50].Length;
                        throw;
                    }
                }
                catch (Exception e)
                {
                    if (e is not TaggedException t || t.Tag != -i || !PayloadOk(t.Payload, i))
                        return 3;
                }
            }
        }
        int n = s_iterations;
        int expectOther = (n + 4) / 5;
        int expectTagged = 0, expectInvalid = 0, expectNormal = 0;
        for (int i = 0; i < n; i++)
        {
            if (i % 5 == 0)
                continue;
            if (i % 2 == 0)
                expectTagged++;
            else if (i % 7 == 0)
                expectInvalid++;
            else
                expectNormal++;
        }
        if (other != expectOther)
            return 4;
        if (tagged != expectTagged)
            return 5;
        if (invalid != expectInvalid)
            return 6;
        if (normal != expectNormal || sum <= 0)
            return 7;
        for (int k = 0; k < kept.Length; k++)
        {
            TaggedException e = kept[k];
            if (e == null)
                return 8;
            if (!PayloadOk(e.Payload, e.Tag))
                return 9;
            if (e is OtherException o && o.Note != s_notes[o.Tag % 3])
                return 10;
        }
        return 100;
    }
}
