// Expects an unhandled System.NullReferenceException from calling an interface method through a null interface reference; returns 100 only if nothing is thrown.
interface IRunner { int Run(int x); }
class Doubler : IRunner { public int Run(int x) { return x * 2; } }

static class Program
{
    static int s_x = 21;
    static int s_sink;

    static IRunner Find(string name) { return name == "double" ? new Doubler() : null; }

    static int Main()
    {
        if (Find("double").Run(s_x) != 42) return 1;
        IRunner missing = Find("triple");
        s_sink = missing.Run(s_x);
        return 100;
    }
}
