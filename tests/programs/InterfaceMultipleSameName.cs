// Checks a class implementing several interfaces that declare members with the same name: one public method serving two interfaces, explicit implementations keeping two others apart, and calls through each interface.
interface IReader { int Read(); int Position { get; } }
interface IParser { int Read(); }
interface ICounter { int Read(); }

class Source : IReader, IParser, ICounter
{
    int _pos;
    int _reads;
    int[] _data;

    public Source(int[] data) { _data = data; }

    // Serves IReader and IParser.
    public int Read() { _reads++; return _data[_pos++]; }

    public int Position { get { return _pos; } }

    int ICounter.Read() { return _reads; }
}

static class Program
{
    static int s_base = 10;

    static int Main()
    {
        int[] data = new int[8];
        for (int i = 0; i < data.Length; i++) data[i] = s_base + i;
        Source s = new Source(data);
        IReader r = s;
        IParser p = s;
        ICounter c = s;
        if (r.Read() != 10 || p.Read() != 11 || s.Read() != 12) return 1;
        if (c.Read() != 3 || r.Position != 3) return 2;
        int sum = 0;
        for (int i = 0; i < 3; i++) sum += (i % 2 == 0 ? r.Read() : p.Read());
        if (sum != 13 + 14 + 15 || c.Read() != 6) return 3;
        if (((ICounter)r).Read() != 6 || ((IReader)c).Position != 6) return 4;
        return 100;
    }
}
