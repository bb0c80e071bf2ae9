// A static field set by a static constructor, a by-ref argument, and float conversions and comparisons.
class Program
{
    static int counter;
    static Program() { counter = 5; }

    static void Bump(ref int value) => value += counter;

    static int Saturate(double d) => (int)d;

    static bool LessOrUnordered(double a, double b) => !(a >= b);

    static int Main()
    {
        int x = 1;
        Bump(ref x);
        return x == 6 && Saturate(1e20) == int.MaxValue && LessOrUnordered(double.NaN, 0) ? 100 : 1;
    }
}
