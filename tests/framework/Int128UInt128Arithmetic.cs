// Int128 and UInt128: arithmetic beyond 64 bits (multiply, divide and remainder with small and large divisors, negatives), shifts and rotates, bit counts, comparisons, checked overflow and division by zero, conversions to and from long/ulong/double/decimal, Parse/TryParse and ToString formats (D, X, N0, custom) under the invariant culture.
using System;
using System.Globalization;
using System.Numerics;

class Int128UInt128Arithmetic
{
    static readonly CultureInfo Inv = CultureInfo.InvariantCulture;
    static Int128 _zero = 0;

    static int Main()
    {
        Int128 a = (Int128)long.MaxValue * 1000 + 123;
        Int128 b = -987654321987654321L;
        Console.WriteLine("a=" + a + " b=" + b);
        Console.WriteLine("a+b=" + (a + b) + " a-b=" + (a - b) + " a*3=" + (a * 3) + " b*b=" + (b * b));
        Console.WriteLine("a/7=" + (a / 7) + " a%7=" + (a % 7) + " b/7=" + (b / 7) + " b%7=" + (b % 7) + " -a/-b=" + (-a / -b) + " a%b=" + (a % b));
        Int128 big = Int128.MaxValue / 3;
        Int128 divisor = (Int128)ulong.MaxValue + 12345;
        Console.WriteLine("big/divisor=" + (big / divisor) + " rem=" + (big % divisor) + " check=" + (big / divisor * divisor + big % divisor == big));
        UInt128 u = UInt128.MaxValue;
        UInt128 ud = new UInt128(0x1, 0x0000000000000001);
        Console.WriteLine("u=" + u + " u/ud=" + (u / ud) + " u%ud=" + (u % ud) + " u/10=" + (u / 10) + " u%10=" + (u % 10));
        Console.WriteLine("parts: upper=" + (ulong)(ud >> 64) + " lower=" + (ulong)ud + " new Int128 " + new Int128(ulong.MaxValue, 0) + " " + new Int128(1, 0));
        Int128 fact = 1;
        for (int i = 1; i <= 33; i++)
            fact *= i;
        Console.WriteLine("33! = " + fact + " hex " + fact.ToString("X") + " digits " + fact.ToString().Length);
        UInt128 pow3 = 1;
        int n3 = 0;
        while (pow3 <= UInt128.MaxValue / 3)
        {
            pow3 *= 3;
            n3++;
        }
        Console.WriteLine("largest power of 3: 3^" + n3 + " = " + pow3);

        Int128 one = 1;
        Console.WriteLine("shifts: " + (one << 100) + " " + ((one << 127) == Int128.MinValue) + " " + (Int128.MinValue >> 100) + " " + (Int128.MinValue >>> 100) + " " + ((UInt128)1 << 127 >> 126));
        Console.WriteLine("rotate: " + Int128.RotateLeft(one, 127) + " " + UInt128.RotateRight(1, 1).ToString("X") + " bits: pop " + Int128.PopCount(a) + " lzc " + Int128.LeadingZeroCount(a) + " tzc " + UInt128.TrailingZeroCount((UInt128)1 << 77) + " log2 " + UInt128.Log2(u) + " pow2 " + UInt128.IsPow2((UInt128)1 << 90));
        Console.WriteLine("bitwise: " + (a & 0xFFFF) + " " + (a | (one << 120)) + " " + (~(Int128)0) + " " + (a ^ a));
        Console.WriteLine("compare: " + (a > b) + " " + (b < 0) + " " + Int128.Max(a, b) + " " + Int128.Min(a, b) + " " + Int128.Abs(b) + " " + Int128.Sign(b) + " " + a.CompareTo(b) + " " + Int128.Clamp(a, -5, 5));
        Console.WriteLine("DivRem: " + Int128.DivRem(a, 1000) + " " + UInt128.DivRem(u, (UInt128)ulong.MaxValue));

        Console.WriteLine("conversions: " + (long)(a / 1000) + " " + (ulong)(Int128)ulong.MaxValue + " " + unchecked((long)a) + " " + (double)a + " " + (double)u + " " + (decimal)(a / 1000000) + " " + (Int128)1e30 + " " + (UInt128)3.99);
        Console.WriteLine("from/to: " + (Int128)(-1) + " " + unchecked((UInt128)(Int128)(-1) == UInt128.MaxValue) + " " + (Int128)decimal.MaxValue + " " + (int)(Int128)(-42) + " " + (BigInteger)u * 2);
        Console.WriteLine("Parse: " + Int128.Parse("-170141183460469231731687303715884105728", Inv) + " " + UInt128.Parse("ffffffffffffffffffffffffffffffff", NumberStyles.HexNumber, Inv) + " " + Int128.Parse("1,000,000,000,000,000,000,000", NumberStyles.AllowThousands, Inv) + " TryParse overflow " + Int128.TryParse("170141183460469231731687303715884105728", Inv, out _) + " " + UInt128.TryParse("-1", Inv, out _));
        Console.WriteLine("formats: " + a.ToString("D45", Inv) + " " + a.ToString("N0", Inv) + " " + b.ToString("X", Inv) + " " + u.ToString("x40", Inv) + " " + a.ToString("E3", Inv) + " " + a.ToString("#,##0", Inv));
        Span<char> buffer = stackalloc char[64];
        Console.WriteLine("TryFormat: " + Int128.MinValue.TryFormat(buffer, out int written, default, Inv) + " " + buffer.Slice(0, written).ToString() + " " + written);
        string[] failing = { "MaxValue + 1", "MinValue / -1", "x / 0", "(long)big", "(UInt128)-1", "u * 2" };
        foreach (var f in failing)
        {
            try
            {
                object r = f switch
                {
                    "MaxValue + 1" => checked(Int128.MaxValue + one),
                    "MinValue / -1" => Int128.MinValue / -one,
                    "x / 0" => a / _zero,
                    "(long)big" => checked((long)a),
                    "(UInt128)-1" => checked((UInt128)(-one)),
                    _ => checked(u * 2),
                };
                Console.WriteLine(f + " = " + r);
            }
            catch (Exception e)
            {
                Console.WriteLine(f + " -> " + e.GetType().Name + ": " + e.Message);
            }
        }
        return 0;
    }
}
