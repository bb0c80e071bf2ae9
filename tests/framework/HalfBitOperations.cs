// Half conversions (from float/double/int with round-to-nearest-even, overflow to infinity, subnormals), Half arithmetic, comparison, ToString/Parse and bit patterns; BitOperations and the integer generic helpers: PopCount, LeadingZeroCount, TrailingZeroCount, RotateLeft/Right, Log2, IsPow2, RoundUpToPowerOf2 on uint and ulong.
using System;
using System.Globalization;
using System.Numerics;

class HalfBitOperations
{
    static readonly CultureInfo Inv = CultureInfo.InvariantCulture;

    static string Bits(Half h) => BitConverter.HalfToUInt16Bits(h).ToString("X4");

    static int Main()
    {
        float[] floats = { 1f, 0.1f, 65504f, 65519.99f, 65520f, 6.1035156e-5f, 5.9604645e-8f, 2.9802322e-8f, 2.98023259e-8f, -0f, 1.00048828125f, 1.00146484375f, 3.14159265f };
        foreach (var f in floats)
        {
            Half h = (Half)f;
            Console.WriteLine(f.ToString("R", Inv) + " -> " + h.ToString(Inv) + " bits " + Bits(h) + " back " + ((float)h).ToString("R", Inv));
        }
        Console.WriteLine("from double: " + (Half)0.333333333333 + " " + (Half)1e10 + " " + (Half)(-1e-10) + " from int: " + (Half)2049 + " " + (Half)2051 + " " + (Half)(-70000));
        Console.WriteLine("constants: " + Half.MaxValue + " " + Half.MinValue + " " + Half.Epsilon + " " + Half.NaN + " " + Half.PositiveInfinity + " " + Half.NegativeZero + " " + Half.One + " bits " + Bits(Half.Epsilon) + " " + Bits(Half.NaN) + " " + Bits(Half.MaxValue));
        Half x = (Half)1.5f, y = (Half)2.25f;
        Console.WriteLine("arithmetic: " + (x + y) + " " + (x - y) + " " + (x * y) + " " + (y / x) + " " + (-x) + " " + Half.Sqrt(y) + " " + Half.Abs(-x) + " " + (Half.MaxValue + Half.One) + " " + (Half.MaxValue * (Half)2));
        Console.WriteLine("compare: " + (x < y) + " " + (Half.NaN == Half.NaN) + " " + Half.NaN.Equals(Half.NaN) + " " + (Half.NegativeZero == (Half)0f) + " " + x.CompareTo(y) + " " + Half.IsNaN(Half.NaN) + " " + Half.IsSubnormal(Half.Epsilon) + " " + Half.IsFinite(Half.MaxValue) + " " + Half.Max(x, y) + " " + Half.MinMagnitude(x, -y));
        Console.WriteLine("format/parse: " + x.ToString("F3", Inv) + " " + y.ToString("E2", Inv) + " " + Half.Parse("0.1", Inv) + " " + Bits(Half.Parse("0.1", Inv)) + " " + Half.Parse("1e5", Inv) + " " + Half.Parse("-6.5e-8", Inv) + " " + Half.TryParse("abc", Inv, out var none) + " " + none);
        Console.WriteLine("to integers: " + (int)(Half)1000.7f + " " + (byte)(Half)255.9f + " " + (long)Half.MinValue + " " + (double)Half.Epsilon + " " + (decimal)(float)(Half)0.5f);
        Half sum = Half.Zero;
        for (int i = 0; i < 3000; i++)
            sum += Half.One;
        Console.WriteLine("counting in Half saturates at: " + sum);

        uint[] us = { 0u, 1u, 0x80000000u, 0xF0F0F0F0u, 12345u, uint.MaxValue, 1024u, 1025u };
        foreach (var v in us)
            Console.WriteLine("uint " + v + ": pop " + BitOperations.PopCount(v) + " lzc " + BitOperations.LeadingZeroCount(v) + " tzc " + BitOperations.TrailingZeroCount(v) + " log2 " + BitOperations.Log2(v) + " pow2 " + BitOperations.IsPow2(v) + " roundup " + BitOperations.RoundUpToPowerOf2(v) + " rotl5 " + BitOperations.RotateLeft(v, 5).ToString("X8") + " rotr5 " + BitOperations.RotateRight(v, 5).ToString("X8"));
        ulong[] ls = { 0ul, 1ul << 63, 0x123456789ABCDEFul, ulong.MaxValue, (1ul << 40) + 1 };
        foreach (var v in ls)
            Console.WriteLine("ulong " + v + ": pop " + BitOperations.PopCount(v) + " lzc " + BitOperations.LeadingZeroCount(v) + " tzc " + BitOperations.TrailingZeroCount(v) + " log2 " + BitOperations.Log2(v) + " pow2 " + BitOperations.IsPow2(v) + " roundup " + BitOperations.RoundUpToPowerOf2(v) + " rotl 13 " + BitOperations.RotateLeft(v, 13).ToString("X16"));
        Console.WriteLine("signed overloads: " + BitOperations.TrailingZeroCount(-8) + " " + BitOperations.TrailingZeroCount(0L) + " " + BitOperations.IsPow2(-4) + " " + BitOperations.IsPow2(64L) + " rotate by 33: " + BitOperations.RotateLeft(1u, 33) + " by -1: " + BitOperations.RotateLeft(1u, -1).ToString("X"));
        Console.WriteLine("generic math: " + int.PopCount(-1) + " " + int.LeadingZeroCount(1) + " " + long.TrailingZeroCount(1L << 50) + " " + short.RotateLeft(0x4001, 2) + " " + byte.Log2(200) + " " + int.IsPow2(0) + " " + sbyte.LeadingZeroCount(-1) + " " + ushort.PopCount(0xFFFF) + " " + uint.RotateRight(3, 1));
        Console.WriteLine("Crc32C: " + BitOperations.Crc32C(0u, 0x12345678u).ToString("X8") + " " + BitOperations.Crc32C(0xFFFFFFFFu, (byte)0x61).ToString("X8") + " " + BitOperations.Crc32C(0u, 0x0102030405060708ul).ToString("X8"));
        return 0;
    }
}
