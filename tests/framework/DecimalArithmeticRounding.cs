// decimal arithmetic: +, -, *, /, % with scale propagation and 28-digit precision, Math.Round with digits and every MidpointRounding mode, Truncate/Floor/Ceiling/Negate, ToString("N2"/"C"/"F"/"E"/"G") invariant, Parse/TryParse with NumberStyles, GetBits and Scale, conversions and overflow messages.
using System;
using System.Globalization;

class DecimalArithmeticRounding
{
    static readonly CultureInfo Inv = CultureInfo.InvariantCulture;
    static decimal _max = decimal.MaxValue, _min = decimal.MinValue, _zero = 0m, _one = 1m;

    static string S(decimal d) => d.ToString(Inv);

    static int Main()
    {
        decimal a = 10.50m, b = 3.2m, c = 0.1m;
        Console.WriteLine("+ " + S(a + b) + " - " + S(a - b) + " * " + S(a * b) + " / " + S(a / b) + " % " + S(a % b));
        Console.WriteLine("scales: " + S(1.10m + 2.205m) + " " + S(1.0m * 1.00m) + " " + S(2.50m - 0.50m) + " " + S(c + c + c) + " " + ((c + c + c) == 0.3m));
        Console.WriteLine("division precision: " + S(1m / 3m) + " " + S(2m / 3m) + " " + S(1m / 7m * 7m) + " " + S(100m / 8m) + " " + S(decimal.One / 1024m));
        Console.WriteLine("remainders: " + S(-7.5m % 2m) + " " + S(7.5m % -2m) + " " + S(0.3m % 0.1m) + " " + S(decimal.MaxValue % 7m));
        Console.WriteLine("extremes: " + S(decimal.MaxValue) + " " + S(decimal.MinValue) + " " + S(decimal.MaxValue / 10m) + " " + S(new decimal(1, 0, 0, false, 28)) + " " + S(0.0000000000000000000000000001m / 2m));
        Console.WriteLine("Scale: " + 1.500m.Scale + " " + 1e-28m.Scale + " " + 100m.Scale + " GetBits " + string.Join(",", decimal.GetBits(-1.5m)) + " " + string.Join(",", decimal.GetBits(123456789.0123456789m)));
        Console.WriteLine("equality ignores scale: " + (1.0m == 1.00m) + " " + 1.0m.Equals(1.000m) + " CompareTo " + 2.5m.CompareTo(2.50m) + " strings " + S(1.0m) + " " + S(1.00m));

        decimal[] values = { 2.5m, 3.5m, -2.5m, 1.005m, 2.345m, -1.235m, 2.25m, -2.25m, 0.45m };
        foreach (var v in values)
        {
            Console.WriteLine(S(v) + ": Round " + S(Math.Round(v)) + " Round2 " + S(Math.Round(v, 2)) + " AwayFromZero " + S(Math.Round(v, 2, MidpointRounding.AwayFromZero)) + " ToZero " + S(Math.Round(v, 1, MidpointRounding.ToZero)) + " ToNegInf " + S(decimal.Round(v, 1, MidpointRounding.ToNegativeInfinity)) + " ToPosInf " + S(decimal.Round(v, 1, MidpointRounding.ToPositiveInfinity)));
        }
        Console.WriteLine("Truncate " + S(decimal.Truncate(-7.89m)) + " Floor " + S(decimal.Floor(-7.89m)) + " " + S(Math.Floor(7.89m)) + " Ceiling " + S(decimal.Ceiling(-7.89m)) + " " + S(Math.Ceiling(7.01m)) + " Negate " + S(decimal.Negate(0.0m)) + " Abs " + S(Math.Abs(-3.30m)));

        decimal money = 1234567.891m;
        Console.WriteLine("N2 " + money.ToString("N2", Inv) + " N0 " + money.ToString("N0", Inv) + " C " + money.ToString("C", Inv) + " C0 " + (-money).ToString("C0", Inv) + " F4 " + money.ToString("F4", Inv));
        Console.WriteLine("E " + money.ToString("E", Inv) + " E2 " + money.ToString("E2", Inv) + " G " + money.ToString("G", Inv) + " G5 " + money.ToString("G5", Inv) + " P " + 0.1234m.ToString("P1", Inv) + " custom " + money.ToString("#,##0.0#;(#,##0.0#)", Inv) + " " + (-money).ToString("#,##0.0#;(#,##0.0#)", Inv));
        Console.WriteLine("N2 midpoints: " + 0.125m.ToString("N2", Inv) + " " + 0.135m.ToString("N2", Inv) + " " + (-0.125m).ToString("F2", Inv) + " " + 2.5m.ToString("F0", Inv));

        Console.WriteLine("Parse: " + S(decimal.Parse("123.4500", Inv)) + " " + S(decimal.Parse("-0.0", Inv)) + " " + S(decimal.Parse("1,234,567.5", NumberStyles.Number, Inv)) + " " + S(decimal.Parse("1.5e3", NumberStyles.Float, Inv)) + " " + S(decimal.Parse("(42.1)", NumberStyles.AllowParentheses | NumberStyles.AllowDecimalPoint, Inv)) + " " + S(decimal.Parse("  7  ", Inv)));
        Console.WriteLine("Parse long input: " + S(decimal.Parse("0.12345678901234567890123456789", Inv)) + " " + S(decimal.Parse("79228162514264337593543950335", Inv)) + " " + S(decimal.Parse("1e-30", NumberStyles.Float, Inv)));
        Console.WriteLine("TryParse: " + decimal.TryParse("12.3.4", NumberStyles.Number, Inv, out var bad) + " " + S(bad) + " " + decimal.TryParse("79228162514264337593543950336", NumberStyles.Number, Inv, out _) + " " + decimal.TryParse("$12", NumberStyles.Currency, Inv, out var cur) + " " + S(cur) + " " + decimal.TryParse("¤12.5", NumberStyles.Currency, Inv, out var cur2) + " " + S(cur2));

        Console.WriteLine("conversions: " + (int)12.99m + " " + (long)(-12.99m) + " " + (double)0.1m + " " + (float)1.5m + " " + S((decimal)0.1) + " " + S((decimal)1e-5f) + " " + S(new decimal(123456789.125)) + " " + S((decimal)long.MaxValue) + " " + decimal.ToOACurrency(1.23456m));
        Console.WriteLine("compound: " + S(Compound(1000m, 0.05m, 10)) + " " + S(Math.Round(Compound(1000m, 0.05m, 10), 2)));
        string[] ops = { "max+1", "max*2", "1/0", "mod 0", "min-1", "(decimal)1e30", "(decimal)NaN", "(int)1e10m" };
        foreach (var op in ops)
        {
            try
            {
                decimal r = op switch
                {
                    "max+1" => _max + _one,
                    "max*2" => _max * 2m,
                    "1/0" => _one / _zero,
                    "mod 0" => _one % _zero,
                    "min-1" => _min - _one,
                    "(decimal)1e30" => (decimal)Big(),
                    "(decimal)NaN" => (decimal)(Big() * 0 * double.PositiveInfinity),
                    _ => (int)(Big2()),
                };
                Console.WriteLine(op + " = " + S(r));
            }
            catch (Exception e)
            {
                Console.WriteLine(op + " -> " + e.GetType().Name + ": " + e.Message);
            }
        }
        return 0;
    }

    static double Big() => 1e30;
    static decimal Big2() => 1e10m;

    static decimal Compound(decimal principal, decimal rate, int years)
    {
        for (int i = 0; i < years; i++)
            principal *= 1 + rate;
        return principal;
    }
}
