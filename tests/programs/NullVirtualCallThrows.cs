// Expects an unhandled System.NullReferenceException from a virtual call on a null element of an array of base references; returns 100 only if nothing is thrown.
abstract class Shape { public abstract int Area(); }
class Square : Shape { public int S; public override int Area() { return S * S; } }

static class Program
{
    static int s_n = 4;
    static int s_sink;

    static int Main()
    {
        Shape[] shapes = new Shape[s_n];
        for (int i = 0; i < s_n - 1; i++) shapes[i] = new Square { S = i };
        int total = 0;
        for (int i = 0; i < s_n - 1; i++) total += shapes[i].Area();
        if (total != 5) return 1;
        for (int i = 0; i < s_n; i++) s_sink += shapes[i].Area();
        return 100;
    }
}
