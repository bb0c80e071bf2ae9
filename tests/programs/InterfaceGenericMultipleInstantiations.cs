// Checks one class implementing a generic interface for several type arguments (IConvert<int>, IConvert<long>, IConvert<string>), calls through each instantiation, and casts between them on the same object.
interface IConvert<T>
{
    T From(int x);
    int To(T value);
}

class Converter : IConvert<int>, IConvert<long>, IConvert<string>
{
    public int From(int x) { return x + 1; }
    public int To(int v) { return v - 1; }
    long IConvert<long>.From(int x) { return (long)x << 32; }
    int IConvert<long>.To(long v) { return (int)(v >> 32); }
    string IConvert<string>.From(int x) { return x == 0 ? "zero" : x == 1 ? "one" : "many"; }
    int IConvert<string>.To(string s) { return s == "zero" ? 0 : s == "one" ? 1 : 2; }
}

static class Program
{
    static int s_x = 5;

    static int RoundTrip<T>(IConvert<T> c, int x) { return c.To(c.From(x)); }

    static int Main()
    {
        Converter conv = new Converter();
        IConvert<int> ci = conv;
        IConvert<long> cl = conv;
        IConvert<string> cs = conv;
        if (ci.From(s_x) != 6 || cl.From(s_x) != 21474836480L || cs.From(1) != "one") return 1;
        if (RoundTrip(ci, s_x) != 5 || RoundTrip(cl, s_x) != 5 || RoundTrip(cs, s_x) != 2) return 2;
        if (RoundTrip(cs, 0) != 0 || RoundTrip<string>(conv, 1) != 1) return 3;
        object o = conv;
        if (!(o is IConvert<long>) || o is IConvert<short>) return 4;
        IConvert<string> back = (IConvert<string>)(object)ci;
        if (back.From(7) != "many") return 5;
        return 100;
    }
}
