// Checks Math.FusedMultiplyAdd and MathF.FusedMultiplyAdd round once: against CoreCLR's (the hardware's) results on
// cases where rounding twice differs, an intermediate product beyond double's range, subnormal results, exact
// cancellation to +0, and a hash of 20,000 results over pseudo-random inputs.
static class Program
{
    static double s_big = 1.5e308;
    static double s_third = 1.0 / 3.0;
    static ulong s_state = 0x9E3779B97F4A7C15;

    static ulong Next()
    {
        s_state ^= s_state << 13;
        s_state ^= s_state >> 7;
        s_state ^= s_state << 17;
        return s_state;
    }

    // NaN payloads are not portable (Wasm leaves them to the engine): every NaN hashes alike.
    static double Canonical(double d) => double.IsNaN(d) ? double.NaN : d;
    static float Canonical(float f) => float.IsNaN(f) ? float.NaN : f;

    static long Bits(double d) => System.BitConverter.DoubleToInt64Bits(d);

    static int Main()
    {
        double t = s_third;
        // t * 3 is 1 - 2^-54 exactly; rounded first it is 1.0, so fma(t, 3, -1) is -2^-54, not 0.
        if (System.Math.FusedMultiplyAdd(t, 3.0, -1.0) != -5.551115123125783E-17) return 1;
        if (System.Math.FusedMultiplyAdd(s_big, 2.0, -s_big * 1.1) != 1.35E+308) return 2;
        if (System.Math.FusedMultiplyAdd(1e-300, 1e-20, 0.0) != 1E-320) return 3;
        // t * 3 rounds to 1.0; the exact product is 2^-54 less.
        if (System.Math.FusedMultiplyAdd(t, -3.0, t * 3.0) != 5.551115123125783E-17) return 4;
        if (Bits(System.Math.FusedMultiplyAdd(2.0, 3.0, -6.0)) != Bits(0.0)) return 5;
        if (System.MathF.FusedMultiplyAdd((float)t, 3.0f, -1.0f) != 2.9802322E-08f) return 6;
        if (!double.IsNaN(System.Math.FusedMultiplyAdd(double.PositiveInfinity, 0.0, 1.0))) return 7;
        if (System.Math.FusedMultiplyAdd(s_big, 10.0, double.NegativeInfinity) != double.NegativeInfinity) return 8;
        ulong hash = 14695981039346656037;
        for (int i = 0; i < 10000; i++)
        {
            double x = System.BitConverter.Int64BitsToDouble((long)(Next() & 0xBFFFFFFFFFFFFFFFUL));
            double y = System.BitConverter.Int64BitsToDouble((long)((Next() & 0x800FFFFFFFFFFFFFUL) | 0x3FF0000000000000UL));
            double z = (i & 1) == 0 ? -x * y : System.BitConverter.Int64BitsToDouble((long)Next());
            hash = (hash ^ (ulong)Bits(Canonical(System.Math.FusedMultiplyAdd(x, y, z)))) * 1099511628211;
            float fx = (float)x, fy = (float)y, fz = (float)z;
            hash = (hash ^ (ulong)System.BitConverter.SingleToInt32Bits(Canonical(System.MathF.FusedMultiplyAdd(fx, fy, fz)))) * 1099511628211;
        }
        return hash == HASH ? 100 : 9;
    }

    // What CoreCLR (x64's FMA instructions) gives for the loop above.
    const ulong HASH = 9415360477524397343;
}
