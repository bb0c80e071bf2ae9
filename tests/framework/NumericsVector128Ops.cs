// Fixed-size SIMD types with deterministic results: Vector128/Vector64/Vector256 Create, element access, Add/Subtract/Multiply, bitwise ops, comparisons and ExtractMostSignificantBits, ConditionalSelect, Min/Max/Abs/Sqrt, Sum/Dot, Shuffle, Narrow/Widen, shifts, As* reinterpretation, loads and stores, Count and ToString.
using System;
using System.Runtime.Intrinsics;

class NumericsVector128Ops
{
    static int Main()
    {
        var a = Vector128.Create(1, 2, 3, 4);
        var b = Vector128.Create(10, -20, 30, -40);
        Console.WriteLine("a=" + a + " b=" + b + " Count " + Vector128<int>.Count + " " + Vector128<byte>.Count + " " + Vector128<double>.Count + " " + Vector256<short>.Count + " " + Vector64<int>.Count);
        Console.WriteLine("add " + (a + b) + " sub " + Vector128.Subtract(a, b) + " mul " + (a * b) + " mul scalar " + (a * 3) + " neg " + (-a) + " div " + (b / a));
        Console.WriteLine("and " + (a & Vector128.Create(1)) + " or " + (a | Vector128.Create(0x100)) + " xor " + (a ^ b) + " not " + ~a + " andnot " + Vector128.AndNot(a, Vector128.Create(2)));
        Console.WriteLine("elements " + a.GetElement(2) + " " + a[3] + " WithElement " + a.WithElement(0, 99) + " ToScalar " + b.ToScalar() + " GetLower " + a.GetLower() + " GetUpper " + a.GetUpper());
        var gt = Vector128.GreaterThan(b, a);
        Console.WriteLine("GreaterThan " + gt + " msb " + gt.ExtractMostSignificantBits() + " Equals " + Vector128.Equals(a, Vector128.Create(1, 0, 3, 0)) + " EqualsAll " + Vector128.EqualsAll(a, a) + " LessThanAny " + Vector128.LessThanAny(b, Vector128<int>.Zero) + " GreaterThanAll " + Vector128.GreaterThanAll(b, a));
        Console.WriteLine("== " + (a == Vector128.Create(1, 2, 3, 4)) + " != " + (a != b) + " select " + Vector128.ConditionalSelect(gt, b, a) + " Min " + Vector128.Min(a, b) + " Max " + Vector128.Max(a, b) + " Abs " + Vector128.Abs(b));
        Console.WriteLine("Sum " + Vector128.Sum(a) + " Dot " + Vector128.Dot(a, b) + " Shuffle " + Vector128.Shuffle(a, Vector128.Create(3, 2, 1, 0)) + " Shuffle out of range " + Vector128.Shuffle(a, Vector128.Create(0, 5, 1, 9)));
        Console.WriteLine("shifts " + Vector128.ShiftLeft(a, 4) + " " + Vector128.ShiftRightArithmetic(b, 2) + " " + Vector128.ShiftRightLogical(b, 28) + " " + (a << 1) + " " + (b >> 1) + " " + (b >>> 1));

        var bytes = Vector128.Create((byte)0x80, 1, 0xFF, 2, 0x7F, 3, 0x81, 4, 5, 6, 7, 8, 0x90, 10, 11, 0xF0);
        Console.WriteLine("bytes msb " + bytes.ExtractMostSignificantBits().ToString("X4") + " as uint " + bytes.AsUInt32() + " as long " + bytes.AsInt64());
        var sbytes = bytes.AsSByte();
        Console.WriteLine("sbytes " + sbytes + " widen lower " + Vector128.WidenLower(sbytes) + " upper " + Vector128.WidenUpper(sbytes));
        var shorts = Vector128.Create((short)300, -300, 127, -128, 1, 2, 3, 4);
        Console.WriteLine("narrow " + Vector128.Narrow(shorts, shorts) + " convert int->float " + Vector128.ConvertToSingle(a) + " float->int " + Vector128.ConvertToInt32(Vector128.Create(1.5f, -2.5f, 1e10f, float.NaN)));

        var f = Vector128.Create(1.5f, -4f, 9f, 0.25f);
        Console.WriteLine("float " + f + " sqrt " + Vector128.Sqrt(Vector128.Abs(f)) + " floor " + Vector128.Floor(f) + " ceil " + Vector128.Ceiling(f) + " sum " + Vector128.Sum(f) + " * 2 " + (f * 2) + " / 4 " + (f / 4));
        var d = Vector128.Create(2.0, -0.5);
        Console.WriteLine("double " + d + " " + (d * d) + " " + Vector128.Min(d, Vector128<double>.Zero) + " msb " + d.ExtractMostSignificantBits() + " AllBitsSet " + Vector128<long>.AllBitsSet + " One " + Vector128<float>.One + " Indices " + Vector128<int>.Indices);

        int[] source = { 5, 6, 7, 8, 9, 10, 11, 12 };
        var loaded = Vector128.Create(source, 2);
        var fromSpan = Vector128.Create<int>(source.AsSpan(4));
        var dest = new int[8];
        (loaded + fromSpan).CopyTo(dest, 1);
        Console.WriteLine("load/store " + loaded + " " + fromSpan + " -> " + string.Join(",", dest) + " TryCopyTo small " + loaded.TryCopyTo(new int[3]));

        var v64 = Vector64.Create(1, 2, 3, 4, 5, 6, 7, 8).AsByte();
        Console.WriteLine("Vector64 " + Vector64.Create(3, 4) + " " + (Vector64.Create(1.5f, 2f) * Vector64.Create(2f, 0.5f)) + " " + v64 + " msb " + Vector64.Create((sbyte)-1, 1, -1, 1, -1, 1, -1, 1).ExtractMostSignificantBits());
        var v256 = Vector256.Create(1L, 2L, 3L, 4L);
        Console.WriteLine("Vector256 " + v256 + " " + (v256 * v256) + " sum " + Vector256.Sum(v256) + " lower " + v256.GetLower() + " msb " + Vector256.Create(-1, 0, -1, 0, 0, 0, 0, -1).ExtractMostSignificantBits() + " create from halves " + Vector256.Create(a, b));
        Console.WriteLine("type names " + a.GetType().Name + " " + typeof(Vector256<byte>).Name + " equals object " + a.Equals((object)Vector128.Create(1, 2, 3, 4)));
        return 0;
    }
}
