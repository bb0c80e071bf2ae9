// Math.Round (to even, every MidpointRounding mode, with digits), Floor, Ceiling, Truncate for double, float (MathF) and decimal, on halves, negatives, -0.0, NaN and infinities.
using System;
using System.Globalization;

class MathRoundingModes
{
    static string F(double d) => d.ToString(CultureInfo.InvariantCulture);

    static int Main()
    {
        double[] values = { 0.5, 1.5, 2.5, -0.5, -1.5, -2.5, 2.4, 2.6, -2.6, 0.49999999999999994, 4503599627370495.5, -0.0, double.NaN, double.PositiveInfinity, 1e300 };
        MidpointRounding[] modes = { MidpointRounding.ToEven, MidpointRounding.AwayFromZero, MidpointRounding.ToZero, MidpointRounding.ToNegativeInfinity, MidpointRounding.ToPositiveInfinity };
        foreach (var v in values)
        {
            var line = F(v) + ": Round=" + F(Math.Round(v)) + " Floor=" + F(Math.Floor(v)) + " Ceiling=" + F(Math.Ceiling(v)) + " Truncate=" + F(Math.Truncate(v));
            foreach (var m in modes)
                line += " " + m + "=" + F(Math.Round(v, m));
            Console.WriteLine(line);
        }
        Console.WriteLine(F(Math.Round(2.345, 2)) + " " + F(Math.Round(2.355, 2)) + " " + F(Math.Round(1.005, 2)) + " " + F(Math.Round(-1.25, 1)) + " " + F(Math.Round(1.25, 1, MidpointRounding.AwayFromZero)));
        Console.WriteLine(F(Math.Round(123.456, 0)) + " " + F(Math.Round(123.456, 1)) + " " + F(Math.Round(0.125, 2)) + " " + F(Math.Round(0.375, 2)) + " " + F(Math.Round(12345.6789, 15)));
        float[] fvalues = { 0.5f, 1.5f, 2.5f, -2.5f, 3.7f, -3.7f };
        foreach (var f in fvalues)
            Console.WriteLine(f.ToString(CultureInfo.InvariantCulture) + ": " + MathF.Round(f) + " " + MathF.Round(f, MidpointRounding.AwayFromZero) + " " + MathF.Floor(f) + " " + MathF.Ceiling(f) + " " + MathF.Truncate(f) + " " + MathF.Round(f, 1));
        decimal[] dvalues = { 0.5m, 1.5m, 2.5m, -2.5m, 2.45m, 2.55m, -7.777m };
        foreach (var d in dvalues)
        {
            var line = d + ":";
            foreach (var m in modes)
                line += " " + Math.Round(d, 1, m);
            line += " | " + Math.Round(d) + " " + Math.Floor(d) + " " + Math.Ceiling(d) + " " + Math.Truncate(d);
            Console.WriteLine(line);
        }
        Console.WriteLine((int)2.9 + " " + (int)-2.9 + " " + (long)1e18 + " " + Convert.ToInt32(2.5) + " " + Convert.ToInt32(3.5) + " " + Convert.ToInt32(-2.5) + " " + Convert.ToInt64(2.5m));
        Console.WriteLine(double.Round(7.5) + " " + double.Floor(-7.5) + " " + float.Ceiling(7.1f) + " " + decimal.Round(7.5m, MidpointRounding.ToZero));
        try
        {
            Console.WriteLine(Math.Round(1.5, 16));
        }
        catch (ArgumentOutOfRangeException e)
        {
            Console.WriteLine("ArgumentOutOfRangeException: " + e.Message);
        }
        return 0;
    }
}
