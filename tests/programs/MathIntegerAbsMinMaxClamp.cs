// Checks Math.Abs, Min, Max, Sign and Clamp over int, long, short, sbyte, byte, uint, ulong, float and double, including Min/Max of -0.0 and 0.0 and of NaN, Sign of negative zero and infinities, Clamp at both ends, plus Math.BigMul and Math.DivRem.
using System;

static class Program
{
    static int s_i = -7;
    static long s_l = -(1L << 40);
    static short s_s = -300;
    static sbyte s_sb = -100;
    static byte s_b = 200;
    static uint s_u = 3000000000u;
    static ulong s_ul = 1UL << 63;
    static double s_d = -2.5;
    static float s_f = 1.5f;
    static double s_nan = double.NaN;

    static long Bits(double d) => BitConverter.DoubleToInt64Bits(d);

    static int Main()
    {
        if (Math.Abs(s_i) != 7 || Math.Abs(s_l) != 1L << 40 || Math.Abs(s_s) != 300 || Math.Abs(s_sb) != 100) return 1;
        if (Math.Abs(s_d) != 2.5 || Math.Abs(-s_f) != 1.5f || Bits(Math.Abs(-0.0 * s_f)) != 0) return 2;
        if (Math.Min(s_i, 3) != -7 || Math.Max(s_i, 3) != 3 || Math.Min(s_l, 0L) != s_l || Math.Max(s_u, 5u) != s_u) return 3;
        if (Math.Min(s_b, (byte)100) != 100 || Math.Max(s_ul, 1UL) != s_ul || Math.Min(s_sb, (sbyte)0) != -100) return 4;
        double nz = -0.0 * -s_d;
        if (Bits(Math.Min(nz, 0.0)) != Bits(-0.0) || Bits(Math.Max(nz, 0.0)) != 0) return 5;
        if (!double.IsNaN(Math.Min(s_nan, 1.0)) || !double.IsNaN(Math.Max(1.0, s_nan))) return 6;
        if (Math.Sign(s_i) != -1 || Math.Sign(0) != 0 || Math.Sign(s_l) != -1 || Math.Sign(s_u) != 1) return 7;
        if (Math.Sign(nz) != 0 || Math.Sign(s_d) != -1 || Math.Sign(double.PositiveInfinity * s_f) != 1 || Math.Sign(-s_f) != -1) return 8;
        if (Math.Clamp(s_i, -5, 5) != -5 || Math.Clamp(-s_i, -5, 5) != 5 || Math.Clamp(2, s_i, 5) != 2) return 9;
        if (Math.Clamp(s_d, -1.0, 1.0) != -1.0 || Math.Clamp(s_f, 0f, 1f) != 1f || Math.Clamp(s_l, 0L, 10L) != 0) return 10;
        if (Math.Clamp(s_b, (byte)0, (byte)150) != 150 || Math.Clamp(s_ul, 0UL, 100UL) != 100) return 11;
        if (Math.BigMul(s_i, 1 << 30) != -7L << 30 || Math.BigMul(int.MaxValue, -s_i) != 15032385529L) return 12;
        int q = Math.DivRem(s_i * 3, 4, out int rem);
        if (q != -5 || rem != -1) return 13;
        long ql = Math.DivRem(s_l, 7L, out long reml);
        if (ql != -157073089682L || reml != -2) return 14;
        return 100;
    }
}
