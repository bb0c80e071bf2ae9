// Checks a 16.16 fixed-point struct with operators and conversions: arithmetic, a Newton square root, a Horner-evaluated polynomial, comparison operators and rounding, all in integer math on an int field.
struct Fixed
{
    public int Raw;
    public const int One = 1 << 16;
    Fixed(int raw) { Raw = raw; }
    public static Fixed FromInt(int v) { return new Fixed(v << 16); }
    public static Fixed FromRatio(int n, int d) { return new Fixed((int)(((long)n << 16) / d)); }
    public static Fixed operator +(Fixed a, Fixed b) { return new Fixed(a.Raw + b.Raw); }
    public static Fixed operator -(Fixed a, Fixed b) { return new Fixed(a.Raw - b.Raw); }
    public static Fixed operator *(Fixed a, Fixed b) { return new Fixed((int)(((long)a.Raw * b.Raw) >> 16)); }
    public static Fixed operator /(Fixed a, Fixed b) { return new Fixed((int)(((long)a.Raw << 16) / b.Raw)); }
    public static bool operator <(Fixed a, Fixed b) { return a.Raw < b.Raw; }
    public static bool operator >(Fixed a, Fixed b) { return a.Raw > b.Raw; }
    public int Round() { return (Raw + (One >> 1)) >> 16; }
    public int Floor() { return Raw >> 16; }
}

static class Program
{
    static int s_two = 2;

    static Fixed Sqrt(Fixed x)
    {
        Fixed g = x;
        Fixed half = Fixed.FromRatio(1, 2);
        for (int i = 0; i < 20; i++) g = (g + x / g) * half;
        return g;
    }

    static int Main()
    {
        Fixed two = Fixed.FromInt(s_two);
        Fixed r = Sqrt(two);
        if (r.Raw < 92680 || r.Raw > 92682) return 1;
        if ((r * r).Round() != 2) return 2;
        Fixed third = Fixed.FromRatio(1, 3);
        if (third.Raw != 21845) return 3;
        if ((third + third + third).Raw != 65535) return 4;
        Fixed x = Fixed.FromRatio(5, 2);
        // 2x^2 - 3x + 1 at 2.5 = 6
        Fixed p = (Fixed.FromInt(2) * x - Fixed.FromInt(3)) * x + Fixed.FromInt(1);
        if (p.Raw != 6 * Fixed.One) return 5;
        if (!(third < x) || third > x) return 6;
        Fixed neg = Fixed.FromInt(0) - x;
        if (neg.Floor() != -3 || neg.Round() != -2 || x.Round() != 3) return 7;
        if ((Fixed.FromInt(7) / Fixed.FromInt(s_two)).Raw != 7 * Fixed.One / 2) return 8;
        return 100;
    }
}
