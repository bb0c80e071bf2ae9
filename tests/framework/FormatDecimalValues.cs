// decimal: arithmetic keeping scale, ToString default and with standard and custom formats (invariant), rounding, Truncate, Floor, Ceiling, conversions and extremes.
using System;
using System.Globalization;

class FormatDecimalValues
{
    static int Main()
    {
        var inv = CultureInfo.InvariantCulture;
        decimal a = 1.10m, b = 2.200m;
        Console.WriteLine(a + b);
        Console.WriteLine(a * b);
        Console.WriteLine(b / a);
        Console.WriteLine(1m / 3m);
        Console.WriteLine(2m / 3m);
        Console.WriteLine(10m / 4m);
        Console.WriteLine(100m * 1.000m);
        Console.WriteLine(0.1m + 0.2m);
        Console.WriteLine(decimal.MaxValue);
        Console.WriteLine(decimal.MinValue);
        Console.WriteLine(new decimal(1, 0, 0, false, 28));
        Console.WriteLine(-0.0m);
        Console.WriteLine(1.23456789012345678901234567m);
        decimal[] values = { 0m, 1m, -1.5m, 1234.5678m, 0.005m, 2.5m, 3.5m, -2.5m, 1234567.891m, 0.000001m };
        string[] formats = { "G", "F", "F0", "F2", "N", "N4", "E", "E2", "P", "C", "0.00", "#,##0.###", "000.0" };
        foreach (var f in formats)
        {
            var sb = new System.Text.StringBuilder(f.PadRight(10));
            foreach (var v in values)
                sb.Append(' ').Append(v.ToString(f, inv));
            Console.WriteLine(sb.ToString());
        }
        Console.WriteLine(decimal.Round(2.5m) + " " + decimal.Round(3.5m) + " " + decimal.Round(-2.5m));
        Console.WriteLine(decimal.Round(2.345m, 2) + " " + decimal.Round(2.355m, 2) + " " + Math.Round(2.345m, 2, MidpointRounding.AwayFromZero));
        Console.WriteLine(decimal.Truncate(-7.9m) + " " + decimal.Floor(-7.1m) + " " + decimal.Ceiling(-7.9m) + " " + decimal.Ceiling(7.1m));
        Console.WriteLine(decimal.Remainder(10.5m, 3m) + " " + (-10.5m % 3m) + " " + decimal.Negate(5m));
        Console.WriteLine((decimal)0.1 + " " + (decimal)123.456f + " " + (double)0.1m + " " + (int)9.99m + " " + (long)-9.99m);
        Console.WriteLine(decimal.GetBits(1.50m)[3] + " " + decimal.GetBits(-1m)[3]);
        Console.WriteLine(decimal.Compare(1.0m, 1.00m) + " " + (1.0m == 1.00m) + " " + 1.0m.Equals(1.00m) + " " + 1.500m.Scale);
        try
        {
            decimal big = decimal.MaxValue;
            Console.WriteLine(big + One());
        }
        catch (OverflowException e)
        {
            Console.WriteLine("OverflowException: " + e.Message);
        }
        try
        {
            Console.WriteLine(1m / Zero());
        }
        catch (DivideByZeroException e)
        {
            Console.WriteLine("DivideByZeroException: " + e.Message);
        }
        return 0;
    }

    static decimal One() => 1m;
    static decimal Zero() => 0m;
}
