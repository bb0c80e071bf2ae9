// Expects an unhandled System.NullReferenceException from invoking a null custom delegate held in a field after -= removed its only target; returns 100 only if nothing is thrown.
delegate void Notify(ref int counter);

class Source
{
    public Notify Handlers = null;
    public int Count;
    public void Raise() { Handlers(ref Count); }
}

static class Program
{
    static int s_step = 2;

    static void Bump(ref int c) { c += s_step; }

    static int Main()
    {
        Source s = new Source();
        s.Handlers += Bump;
        s.Raise();
        if (s.Count != 2) return 1;
        s.Handlers -= Bump;
        s.Raise();
        return 100;
    }
}
