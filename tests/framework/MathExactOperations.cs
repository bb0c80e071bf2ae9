// Exactly-rounded Math and MathF operations: Sqrt, Abs, Min/Max (NaN, -0.0), MinMagnitude/MaxMagnitude, Clamp, Sign, CopySign, FusedMultiplyAdd, ScaleB, BitIncrement, DivRem, BigMul, integer Abs overflow and Clamp argument errors.
using System;
using System.Globalization;

class MathExactOperations
{
    static string F(double d) => d.ToString("R", CultureInfo.InvariantCulture);

    static int Main()
    {
        double[] roots = { 0, 1, 2, 4, 10, 0.25, 1e-300, 1e300, -1, double.PositiveInfinity, -0.0 };
        foreach (var r in roots)
            Console.Write(F(Math.Sqrt(r)) + " ");
        Console.WriteLine();
        Console.WriteLine(MathF.Sqrt(2f) + " " + MathF.Sqrt(3f) + " " + MathF.Sqrt(1e-40f) + " " + MathF.Sqrt(-4f));
        Console.WriteLine(Math.Abs(-5) + " " + Math.Abs(-5L) + " " + F(Math.Abs(-0.0)) + " " + Math.Abs(-2.5m) + " " + Math.Abs((short)-7) + " " + Math.Abs((sbyte)-8) + " " + MathF.Abs(-1.25f));
        Console.WriteLine(Math.Min(3, -4) + " " + Math.Max(3u, 4u) + " " + Math.Min(2.5, 2.25) + " " + Math.Max(-1L, -2L) + " " + Math.Min(1.5m, -1.5m) + " " + Math.Max((byte)9, (byte)200));
        Console.WriteLine(F(Math.Min(0.0, -0.0)) + " " + F(Math.Max(-0.0, 0.0)) + " " + F(Math.Min(double.NaN, 1)) + " " + F(Math.Max(1, double.NaN)) + " " + MathF.Max(float.NaN, 1f));
        Console.WriteLine(F(Math.MinMagnitude(-3.0, 2.0)) + " " + F(Math.MaxMagnitude(-3.0, 2.0)) + " " + F(double.MaxNumber(double.NaN, 1.0)) + " " + F(double.MinNumber(2.0, double.NaN)));
        Console.WriteLine(Math.Clamp(15, 0, 10) + " " + Math.Clamp(-3, 0, 10) + " " + Math.Clamp(5, 0, 10) + " " + F(Math.Clamp(2.5, 1.0, 2.0)) + " " + Math.Clamp(7.5m, 8m, 9m) + " " + Math.Clamp((byte)3, (byte)4, (byte)5));
        Console.WriteLine(Math.Sign(-7) + " " + Math.Sign(0L) + " " + Math.Sign(3.5) + " " + Math.Sign(-0.0) + " " + Math.Sign(-2.5m) + " " + MathF.Sign(1e-30f) + " " + Math.Sign((sbyte)-1));
        Console.WriteLine(F(Math.CopySign(3.0, -0.0)) + " " + F(Math.CopySign(-2.0, 1.0)) + " " + MathF.CopySign(1f, -5f));
        Console.WriteLine(F(Math.FusedMultiplyAdd(0.1, 10.0, -1.0)) + " " + F(0.1 * 10.0 - 1.0) + " " + F(Math.FusedMultiplyAdd(2, 3, 4)));
        Console.WriteLine(F(Math.ScaleB(1.0, 10)) + " " + F(Math.ScaleB(3.0, -2)) + " " + F(Math.ScaleB(1.0, -1074)) + " " + F(Math.ScaleB(1.0, 1024)));
        Console.WriteLine(F(Math.BitIncrement(1.0)) + " " + F(Math.BitDecrement(0.0)) + " " + F(Math.BitDecrement(double.PositiveInfinity)));
        Console.WriteLine(Math.ILogB(1024.0) + " " + Math.ILogB(0.1) + " " + Math.ILogB(double.Epsilon));
        Console.WriteLine(Math.DivRem(17, 5) + " " + Math.DivRem(-17, 5) + " " + Math.DivRem(17L, -5L));
        int q = Math.DivRem(100, 7, out int rem);
        Console.WriteLine(q + " r " + rem + " " + Math.BigMul(int.MaxValue, int.MaxValue) + " " + Math.BigMul(ulong.MaxValue, 3UL, out ulong low) + " " + low);
        Console.WriteLine(F(Math.IEEERemainder(10.0, 3.0)) + " " + F(10.0 % 3.0) + " " + F(-10.0 % 3.0) + " " + F(5.5 % -2.0) + " " + 7.5f % 2f);
        Console.WriteLine(int.Abs(-9) + " " + int.Clamp(50, 1, 10) + " " + long.Max(3, 8) + " " + int.Sign(-4) + " " + int.CopySign(5, -1) + " " + int.IsPow2(64) + " " + int.Log2(1000) + " " + uint.RotateLeft(0x80000001u, 1));
        Console.WriteLine(F(Math.PI) + " " + F(Math.E) + " " + F(Math.Tau) + " " + MathF.PI);
        Console.WriteLine(int.MaxValue / -1 + " " + int.MinValue % -1 + " " + (-7 / 2) + " " + (-7 % 2) + " " + (7 >> 1) + " " + (-7 >> 1) + " " + (-7 >>> 28));
        try
        {
            Console.WriteLine(Math.Abs(Min()));
        }
        catch (OverflowException e)
        {
            Console.WriteLine("OverflowException: " + e.Message);
        }
        try
        {
            Console.WriteLine(Math.Clamp(1, 10, 0));
        }
        catch (ArgumentException e)
        {
            Console.WriteLine("ArgumentException: " + e.Message);
        }
        return 0;
    }

    static int Min() => int.MinValue;
}
