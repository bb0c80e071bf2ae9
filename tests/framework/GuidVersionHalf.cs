// Fixed-value Guid, Version, Half, Int128/UInt128, Nullable<T> and Index/Range: parsing and ToString formats (Guid N/D/B/P/X, Version fields), comparisons, Half rounding and limits, 128-bit arithmetic and formatting.
using System;
using System.Globalization;

class GuidVersionHalf
{
    static int Main()
    {
        var inv = CultureInfo.InvariantCulture;
        var g = Guid.Parse("0F8FAD5B-D9CB-469F-A165-70867728950E");
        foreach (var f in new[] { "N", "D", "B", "P", "X" })
            Console.WriteLine(f + ": " + g.ToString(f));
        Console.WriteLine(g + " " + (g == new Guid("{0f8fad5b-d9cb-469f-a165-70867728950e}")) + " " + Guid.Empty + " " + (g.CompareTo(Guid.Empty) > 0));
        Console.WriteLine(BitConverter.ToString(g.ToByteArray()) + " " + new Guid(g.ToByteArray()).Equals(g) + " " + g.Version + " " + g.Variant);
        Console.WriteLine(Guid.TryParse("nope", out var bad) + " " + bad + " " + Guid.TryParseExact("0f8fad5bd9cb469fa16570867728950e", "N", out var ok) + " " + (ok == g));
        var v = new Version(1, 2, 3, 4);
        var v2 = Version.Parse("1.10");
        Console.WriteLine(v + " " + v.ToString(2) + " " + v2 + " " + v2.Build + " " + v2.Revision + " " + (v < v2) + " " + v.CompareTo(new Version(1, 2, 3, 4)) + " " + new Version("2.0.1").Major);
        Console.WriteLine(Version.TryParse("1.2.3.4.5", out var vb) + " " + (vb == null) + " " + new Version(3, 0) + " " + (new Version(3, 0) == new Version(3, 0, 0)));
        Half h = (Half)3.14159f;
        Console.WriteLine(h + " " + (float)h + " " + Half.MaxValue + " " + Half.MinValue + " " + Half.Epsilon + " " + (Half)65520f + " " + (Half)1e-8f + " " + Half.NaN);
        Console.WriteLine((Half)0.1f + " " + (double)(Half)0.1f + " " + ((Half)1 + (Half)2) + " " + Half.Parse("2.5", inv) + " " + (Half)(-0f) + " " + ((Half)2.5f).ToString("F3", inv));
        Int128 big = Int128.MaxValue;
        UInt128 ubig = UInt128.MaxValue;
        Console.WriteLine(big + " " + Int128.MinValue + " " + ubig + " " + ubig.ToString("X"));
        Int128 fact = 1;
        for (int i = 2; i <= 33; i++)
            fact *= i;
        Console.WriteLine(fact + " " + (fact / 1000000007) + " " + (fact % 1000000007) + " " + (Int128)long.MaxValue * 4 + " " + (-fact >> 100));
        Console.WriteLine(Int128.Parse("-170141183460469231731687303715884105728") == Int128.MinValue);
        Console.WriteLine(UInt128.Parse("340282366920938463463374607431768211455") == ubig);
        int? ni = null;
        int? nj = 5;
        Console.WriteLine("[" + ni + "] " + nj + " " + (ni + nj == null) + " " + (nj > ni) + " " + (nj ?? 0) + " " + ni.GetValueOrDefault(9) + " " + Nullable.Compare(ni, nj) + " " + nj.Equals(5) + " " + ni.HasValue);
        object boxedNull = ni;
        object boxedFive = nj;
        Console.WriteLine((boxedNull == null) + " " + boxedFive.GetType().Name + " " + (int)boxedFive);
        Index idx = ^2;
        Range r = 1..^1;
        int[] arr = { 10, 20, 30, 40, 50 };
        Console.WriteLine(idx + " " + r + " " + arr[idx] + " " + string.Join(",", arr[r]) + " " + idx.GetOffset(arr.Length) + " " + r.GetOffsetAndLength(arr.Length) + " " + Range.All + " " + (..3));
        return 0;
    }
}
