// Expects an unhandled System.InvalidCastException from unboxing a boxed struct as a different struct with the same layout; returns 100 only if nothing is thrown.
struct Meters { public int V; }
struct Feet { public int V; public Feet(int v) { V = v; } }

static class Program
{
    static int s_v = 3;
    static int s_sink;

    static int Main()
    {
        object boxed = new Meters { V = s_v };
        if (((Meters)boxed).V != 3 || boxed is Feet) return 1;
        Feet f = (Feet)boxed;
        s_sink = f.V;
        return 100;
    }
}
