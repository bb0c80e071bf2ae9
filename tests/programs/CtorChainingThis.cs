// Checks constructor chaining with this(...): argument computation before the chained call, bodies running innermost first, field initializers running once per object, and overloads picked by argument types.
class Log
{
    public static long Trace;
    public static int Add(int d) { Trace = Trace * 10 + d; return d; }
}

class Rect
{
    public int W;
    public int H;
    public int Initialized = Log.Add(1);
    public string Kind;

    public Rect() : this(Log.Add(2))
    {
        Log.Add(3);
        Kind = "square-default";
    }

    public Rect(int side) : this(side, side)
    {
        Log.Add(4);
        Kind = "square";
    }

    public Rect(int w, int h)
    {
        Log.Add(5);
        W = w;
        H = h;
        Kind = "rect";
    }

    public Rect(long area) : this((int)(area / 2), 2)
    {
        Log.Add(6);
    }
}

static class Program
{
    static int s_side = 4;

    static int Main()
    {
        Log.Trace = 0;
        Rect a = new Rect();
        if (Log.Trace != 21543) return 1;
        if (a.W != 2 || a.H != 2 || a.Kind != "square-default") return 2;
        Log.Trace = 0;
        Rect b = new Rect(s_side);
        if (Log.Trace != 154 || b.W != 4 || b.H != 4 || b.Kind != "square") return 3;
        Log.Trace = 0;
        Rect c = new Rect(s_side, 9);
        if (Log.Trace != 15 || c.W * c.H != 36 || c.Kind != "rect") return 4;
        Log.Trace = 0;
        Rect d = new Rect((long)s_side * 10);
        if (Log.Trace != 156 || d.W != 20 || d.H != 2 || d.Kind != "rect") return 5;
        if (a.Initialized != 1 || d.Initialized != 1) return 6;
        return 100;
    }
}
