// Expects an unhandled System.NullReferenceException from reading the Length of a null array; returns 100 only if nothing is thrown.
class Buffer
{
    public byte[] Data;
}

static class Program
{
    static int s_sink;

    static int Main()
    {
        Buffer full = new Buffer { Data = new byte[16] };
        Buffer empty = new Buffer();
        if (full.Data.Length != 16) return 1;
        s_sink = empty.Data.Length;
        return 100;
    }
}
