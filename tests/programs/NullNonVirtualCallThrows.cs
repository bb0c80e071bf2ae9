// Expects an unhandled System.NullReferenceException from calling a non-virtual instance method that never touches this on a null reference (C# emits callvirt, which checks for null); returns 100 only if nothing is thrown.
class Helper
{
    public int Constant() { return 42; }
}

static class Program
{
    static Helper s_helper = new Helper();
    static int s_sink;

    static Helper Pick(bool real) { return real ? s_helper : null; }

    static int Main()
    {
        if (Pick(true).Constant() != 42) return 1;
        Helper h = Pick(s_sink != 0);
        s_sink = h.Constant();
        return 100;
    }
}
