// Static fields whose class constructor only stores constants are in the image from the start: reading them needs
// no class-constructor check. A constructor that computes is still triggered before the first access.
static class Limits
{
    public static long Budget = 16L << 20;
    public static int Count = 3;
    public static double Ratio = 0.5;
    public static object? Nothing = null;
}

static class Computed
{
    public static int Value = Twice(21);

    static int Twice(int x) => 2 * x;
}

static class Program
{
    static int ReadLimits() => (int)(Limits.Budget >> 20) + Limits.Count + (Limits.Ratio == 0.5 ? 1 : 0) + (Limits.Nothing == null ? 1 : 0);

    static int ReadComputed() => Computed.Value;

    static int Main() => ReadLimits() == 21 && ReadComputed() == 42 ? 100 : 1;
}
