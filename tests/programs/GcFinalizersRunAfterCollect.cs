// Finalizers: an unreachable object's finalizer runs after a collection (by GC.WaitForPendingFinalizers at the
// latest), a suppressed one does not, a re-registered one does, and a finalizer that stores its object brings it
// back with its fields intact.
using System;
using System.Runtime.CompilerServices;

static class Program
{
    static int s_finalized;
    static int s_sum;
    static Resurrected s_back;

    sealed class Counted
    {
        readonly int _value;
        public Counted(int value) { _value = value; }
        ~Counted() { s_finalized++; s_sum += _value; }
    }

    sealed class Resurrected
    {
        public int[] Data = { 7, 8, 9 };
        ~Resurrected() { s_back = this; }
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    static void MakeGarbage(int count, int first)
    {
        for (int i = 0; i < count; i++)
            new Counted(first + i);
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    static void MakeSuppressed()
    {
        var c = new Counted(1000);
        GC.SuppressFinalize(c);
        var d = new Counted(2000);
        GC.SuppressFinalize(d);
        GC.ReRegisterForFinalize(d);
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    static void MakeResurrected() => new Resurrected();

    static int Main()
    {
        MakeGarbage(10, 1);
        GC.Collect();
        GC.WaitForPendingFinalizers();
        if (s_finalized != 10)
            return 1;
        if (s_sum != 55)
            return 2;
        MakeSuppressed();
        GC.Collect();
        GC.WaitForPendingFinalizers();
        if (s_finalized != 11)
            return 3;
        if (s_sum != 2055)
            return 4;
        MakeResurrected();
        GC.Collect();
        GC.WaitForPendingFinalizers();
        if (s_back == null)
            return 5;
        if (s_back.Data.Length != 3 || s_back.Data[0] != 7 || s_back.Data[2] != 9)
            return 6;
        return 100;
    }
}
