// Checks static fields, a static constructor and static methods on a struct: the cctor runs before the first static access, static state is shared by all values, and instance methods read static fields.
struct Temperature
{
    public static int Created;
    public static readonly Temperature Freezing;
    static int s_offset;

    public int Kelvin100;

    static Temperature()
    {
        s_offset = 27315;
        Freezing = FromCelsius100(0);
    }

    public static Temperature FromCelsius100(int c100)
    {
        Created++;
        Temperature t;
        t.Kelvin100 = c100 + s_offset;
        return t;
    }

    public int Celsius100 { get { return Kelvin100 - s_offset; } }
}

static class Program
{
    static int s_c = 2500;

    static int Main()
    {
        Temperature t = Temperature.FromCelsius100(s_c);
        if (t.Kelvin100 != 29815 || t.Celsius100 != 2500) return 1;
        if (Temperature.Created != 2) return 2;
        if (Temperature.Freezing.Kelvin100 != 27315 || Temperature.Freezing.Celsius100 != 0) return 3;
        Temperature[] ts = new Temperature[5];
        for (int i = 0; i < ts.Length; i++) ts[i] = Temperature.FromCelsius100(i * 100);
        if (Temperature.Created != 7 || ts[4].Celsius100 != 400) return 4;
        Temperature d = default(Temperature);
        if (d.Celsius100 != -27315) return 5;
        return 100;
    }
}
