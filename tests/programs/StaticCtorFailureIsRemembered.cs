// A class constructor that throws: every access to the type (a static field, a static method, a generic
// instantiation's static) raises TypeInitializationException with the constructor's exception inside, the
// constructor runs once, and other instantiations of the generic type are unaffected; returns the checks' trace.
using System;

static class Program
{
    static int s_runs;
    static int s_zero;

    static class Broken
    {
        public static readonly int Value = Compute();
        static int Compute() { s_runs++; return 10 / s_zero; }
        public static int Twice() => Value * 2;
    }

    static class PerType<T>
    {
        public static readonly int Size = Make();
        static int Make()
        {
            if (typeof(T) == typeof(string)) throw new InvalidOperationException();
            return 7;
        }
    }

    static long trace;
    static void Note(int step) => trace = trace * 10 + step;

    static int Main()
    {
        for (int i = 0; i < 3; i++)
        {
            try { Note(1); int v = i == 1 ? Broken.Twice() : Broken.Value; Note(9); }
            catch (TypeInitializationException e) when (e.InnerException is DivideByZeroException) { Note(2); }
        }
        try { Note(3); int s = PerType<string>.Size; Note(9); }
        catch (TypeInitializationException e) { if (e.InnerException is InvalidOperationException) Note(4); }
        if (PerType<int>.Size == 7) Note(5);
        return (int)(trace % 251) + (s_runs == 1 ? 0 : 1);
    }
}
