// Checks unchecked double->int (conv.i4) saturates as on .NET 9+: NaN -> 0, too large -> MaxValue, too small -> MinValue; in range truncates.
static class Program
{
    static double s_nan = double.NaN;
    static double s_big = 1e20;
    static double s_inf = double.PositiveInfinity;
    static double s_half = 0.5;

    static int ToInt(double d)
    {
        return (int)d;
    }

    static int Main()
    {
        if (ToInt(s_nan) != 0) return 1;
        if (ToInt(s_big) != int.MaxValue) return 2;
        if (ToInt(-s_big) != int.MinValue) return 3;
        if (ToInt(s_inf) != int.MaxValue) return 4;
        if (ToInt(-s_inf) != int.MinValue) return 5;
        if (ToInt(2147483647.0 + s_half) != int.MaxValue) return 6;
        if (ToInt(2147483648.0 + s_half - s_half) != int.MaxValue) return 7;
        if (ToInt(-2147483648.0 - 0.9 * s_half * 2.0) != int.MinValue) return 8;
        if (ToInt(-2147483649.0 + s_half - s_half) != int.MinValue) return 9;
        if (ToInt(-0.9 * s_half * 2.0) != 0) return 10;
        if (ToInt(2.9 + s_half - s_half) != 2) return 11;
        if (ToInt(-2.9 + s_half - s_half) != -2) return 12;
        if (ToInt(4294967296.0 + s_half) != int.MaxValue) return 13;
        double d = s_nan;
        int i = (int)d;
        if (i != 0) return 14;
        long widened = (int)(s_big * 1e300);
        if (widened != int.MaxValue) return 15;
        return 100;
    }
}
