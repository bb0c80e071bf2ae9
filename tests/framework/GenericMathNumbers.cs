// Generic math through the BCL's numeric interfaces (INumber<T>, IBinaryInteger<T>, IFloatingPoint<T>): generic Sum/Average/Clamp/Gcd over int, long, double, decimal, byte and Half, CreateChecked/CreateSaturating/CreateTruncating, parsing via IParsable<T>, and checked overflow in generic code.
using System;
using System.Globalization;
using System.Numerics;

class GenericMathNumbers
{
    static T Sum<T>(T[] values) where T : INumber<T>
    {
        T total = T.Zero;
        foreach (var v in values)
            total += v;
        return total;
    }

    static T Mean<T>(T[] values) where T : INumber<T> => Sum(values) / T.CreateChecked(values.Length);

    static T Gcd<T>(T a, T b) where T : IBinaryInteger<T>
    {
        while (b != T.Zero)
            (a, b) = (b, a % b);
        return T.Abs(a);
    }

    static T ParseAll<T>(string[] texts) where T : INumber<T>, IParsable<T>
    {
        T acc = T.One;
        foreach (var t in texts)
            acc *= T.Parse(t, CultureInfo.InvariantCulture);
        return acc;
    }

    static string Describe<T>(T v) where T : INumber<T> =>
        T.IsNegative(v) + "/" + T.IsZero(v) + "/" + T.IsInteger(v) + "/" + T.Sign(v);

    static T CheckedAdd<T>(T a, T b) where T : INumber<T> => checked(a + b);

    static int Main()
    {
        var inv = CultureInfo.InvariantCulture;
        Console.WriteLine(Sum(new[] { 1, 2, 3, 4 }) + " " + Sum(new[] { 1L << 40, 1L << 41 }) + " " + Sum(new[] { 0.5, 0.25 }) + " " + Sum(new[] { 1.1m, 2.2m }) + " " + Sum(new byte[] { 100, 100 }));
        Console.WriteLine(Mean(new[] { 1, 2, 4 }) + " " + Mean(new[] { 1.0, 2.0, 4.0 }).ToString(inv) + " " + Mean(new[] { 1m, 2m, 4m }) + " " + Mean(new[] { (Half)1, (Half)2 }));
        Console.WriteLine(Gcd(84, 36) + " " + Gcd(-84L, 36L) + " " + Gcd((byte)255, (byte)51) + " " + Gcd(UInt128.Parse("1000000000000000000000"), (UInt128)4096));
        Console.WriteLine(ParseAll<int>(new[] { "2", "3", "7" }) + " " + ParseAll<double>(new[] { "1.5", "-2" }).ToString(inv) + " " + ParseAll<decimal>(new[] { "0.1", "0.1" }));
        Console.WriteLine(Describe(-3) + " " + Describe(0.0) + " " + Describe(2.5m) + " " + Describe(-0.0));
        Console.WriteLine(int.CreateSaturating(1e20) + " " + byte.CreateSaturating(-5) + " " + byte.CreateTruncating(300) + " " + sbyte.CreateTruncating(200) + " " + int.CreateChecked(42.9) + " " + long.CreateSaturating(double.NaN) + " " + decimal.CreateChecked(7));
        Console.WriteLine(int.Max(3, 9) + " " + double.Clamp(5.5, 0, 1) + " " + int.DivRem(17, 5) + " " + long.IsEvenInteger(4) + " " + double.IsInteger(3.0) + " " + float.IsPow2(0.25f) + " " + int.LeadingZeroCount(1) + " " + short.MaxMagnitude(-7, 5));
        Console.WriteLine(double.Lerp(10, 20, 0.25) + " " + double.Sqrt(16) + " " + double.Truncate(-2.7) + " " + float.CopySign(3f, -0f) + " " + decimal.Round(2.675m, 2) + " " + Half.Abs((Half)(-1.5f)));
        Console.WriteLine(T1<int>() + " " + T1<double>() + " " + T1<decimal>() + " " + T1<byte>());
        try
        {
            Console.WriteLine(CheckedAdd(int.MaxValue, 1));
        }
        catch (OverflowException e)
        {
            Console.WriteLine("OverflowException: " + e.Message);
        }
        try
        {
            Console.WriteLine(byte.CreateChecked(256));
        }
        catch (OverflowException e)
        {
            Console.WriteLine("OverflowException: " + e.Message);
        }
        Console.WriteLine(CheckedAdd(1.5, 2.5) + " " + CheckedAdd(byte.MaxValue - 1, 1));
        return 0;
    }

    static string T1<T>() where T : INumber<T>, IMinMaxValue<T> => typeof(T).Name + "[" + T.MinValue + ".." + T.MaxValue + "]";
}
