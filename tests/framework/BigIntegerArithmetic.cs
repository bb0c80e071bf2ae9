// System.Numerics.BigInteger: arithmetic beyond 64 bits (factorials, powers, division and remainder, GCD, ModPow), comparisons, Parse and ToString (decimal, "X", "N0" invariant), bit operations and conversions with overflow.
using System;
using System.Globalization;
using System.Numerics;

class BigIntegerArithmetic
{
    static int Main()
    {
        BigInteger f = BigInteger.One;
        for (int i = 2; i <= 30; i++)
            f *= i;
        Console.WriteLine("30! = " + f);
        Console.WriteLine(BigInteger.Pow(2, 100) + " " + BigInteger.Pow(-3, 41));
        var big = BigInteger.Parse("123456789012345678901234567890");
        var small = new BigInteger(987654321);
        Console.WriteLine(big + small);
        Console.WriteLine(big - small * small * small);
        Console.WriteLine(big * big);
        Console.WriteLine(big / small + " " + big % small + " " + BigInteger.Remainder(-big, small));
        var q = BigInteger.DivRem(big, small, out var r);
        Console.WriteLine(q + " r " + r);
        Console.WriteLine(BigInteger.GreatestCommonDivisor(f, BigInteger.Pow(6, 20)) + " " + BigInteger.ModPow(3, 200, 1000007) + " " + BigInteger.Abs(-big));
        Console.WriteLine(big.ToString("X") + " " + small.ToString("x") + " " + new BigInteger(-1).ToString("X") + " " + new BigInteger(255).ToString("X"));
        Console.WriteLine(big.ToString("N0", CultureInfo.InvariantCulture) + " " + small.ToString("D15") + " " + big.ToString("E3", CultureInfo.InvariantCulture));
        Console.WriteLine(BigInteger.Parse("-00042") + " " + BigInteger.Parse("FF", NumberStyles.HexNumber) + " " + BigInteger.Parse("0FF", NumberStyles.HexNumber) + " " + BigInteger.TryParse("12x", out var bad) + " " + bad);
        Console.WriteLine((big > small) + " " + (big == BigInteger.Parse(big.ToString())) + " " + big.CompareTo(small) + " " + BigInteger.Compare(-big, small) + " " + big.Sign + " " + (-big).Sign + " " + BigInteger.Zero.Sign);
        Console.WriteLine((BigInteger.One << 70) + " " + (big >> 40) + " " + (big & 0xFFFF) + " " + (big | 1) + " " + (big ^ big) + " " + (-big >> 100));
        Console.WriteLine(big.IsEven + " " + BigInteger.One.IsOne + " " + BigInteger.Zero.IsZero + " " + new BigInteger(1024).IsPowerOfTwo + " " + big.GetBitLength() + " " + BigInteger.Log10(BigInteger.Pow(10, 50)).ToString("F6", CultureInfo.InvariantCulture));
        Console.WriteLine((long)(BigInteger)long.MaxValue + " " + (ulong)BigInteger.Pow(2, 63) + " " + (double)BigInteger.Pow(2, 80) + " " + (decimal)BigInteger.Pow(10, 20) + " " + new BigInteger(1.5e20) + " " + new BigInteger(-2.9));
        Console.WriteLine(BitConverter.ToString(new BigInteger(256).ToByteArray()) + " " + BitConverter.ToString(new BigInteger(-1).ToByteArray()) + " " + new BigInteger(new byte[] { 0xFF, 0x7F }));
        BigInteger a = 0, b = 1;
        for (int i = 0; i < 200; i++)
            (a, b) = (b, a + b);
        Console.WriteLine("fib(200) = " + a);
        BigInteger sumDigits = 0;
        foreach (char c in BigInteger.Pow(2, 1000).ToString())
            sumDigits += c - '0';
        Console.WriteLine("digits of 2^1000 sum to " + sumDigits);
        try
        {
            Console.WriteLine((int)big);
        }
        catch (OverflowException e)
        {
            Console.WriteLine("OverflowException: " + e.Message);
        }
        try
        {
            Console.WriteLine(big / BigInteger.Zero);
        }
        catch (DivideByZeroException e)
        {
            Console.WriteLine("DivideByZeroException: " + e.Message);
        }
        return 0;
    }
}
