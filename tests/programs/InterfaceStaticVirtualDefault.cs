// Checks static virtual (not abstract) interface members with a default body: types that override and types that keep the default, reached through constrained calls in generic code.
interface IUnit
{
    static virtual int Scale() { return 1; }
    static abstract string Symbol { get; }
}

struct Meter : IUnit
{
    public static string Symbol { get { return "m"; } }
}

struct Kilometer : IUnit
{
    public static int Scale() { return 1000; }
    public static string Symbol { get { return "km"; } }
}

class Millimeter : IUnit
{
    public static string Symbol { get { return "mm"; } }
}

static class Program
{
    static int s_amount = 3;

    static int ToMeters<T>(int amount) where T : IUnit { return amount * T.Scale(); }
    static string Label<T>() where T : IUnit { return T.Symbol; }

    static int Main()
    {
        if (ToMeters<Meter>(s_amount) != 3) return 1;
        if (ToMeters<Kilometer>(s_amount) != 3000) return 2;
        if (ToMeters<Millimeter>(s_amount) != 3) return 3;
        if (Label<Meter>() + Label<Kilometer>() + Label<Millimeter>() != "mkmmm") return 4;
        return 100;
    }
}
