// Checks static fields of every supported type start at zero/false and store and load their full range without truncation.
static class Store
{
    public static sbyte SB;
    public static byte B;
    public static short S;
    public static ushort US;
    public static int I;
    public static uint U;
    public static long L;
    public static ulong UL;
    public static char C;
    public static bool Z;
    public static float F;
    public static double D;
    public static nint N;
    public static nuint NU;
}

static class Program
{
    static int s_seed = 1;

    static int Main()
    {
        if (Store.SB != 0 || Store.B != 0 || Store.S != 0 || Store.US != 0 || Store.I != 0 || Store.U != 0) return 1;
        if (Store.L != 0 || Store.UL != 0 || Store.C != 0 || Store.Z || Store.F != 0 || Store.D != 0) return 2;
        if (Store.N != 0 || Store.NU != 0) return 3;
        double nz = -0.0 * s_seed;
        if (1.0 / Store.D < 0 || 1.0 / nz > 0) return 4;
        Store.SB = (sbyte)(-128 * s_seed);
        Store.B = (byte)(255 * s_seed);
        Store.S = (short)(-32768 * s_seed);
        Store.US = (ushort)(65535 * s_seed);
        Store.I = int.MinValue * s_seed;
        Store.U = uint.MaxValue * (uint)s_seed;
        Store.L = long.MinValue * s_seed;
        Store.UL = ulong.MaxValue * (ulong)s_seed;
        Store.C = (char)(0xFFFF * s_seed);
        Store.Z = s_seed == 1;
        Store.F = float.MaxValue * s_seed;
        Store.D = double.Epsilon * s_seed;
        Store.N = -1 * s_seed;
        Store.NU = (nuint)(uint)(0x80000000u * s_seed);
        if (Store.SB != -128) return 5;
        if (Store.B != 255) return 6;
        if (Store.S != -32768) return 7;
        if (Store.US != 65535) return 8;
        if (Store.I != int.MinValue) return 9;
        if (Store.U != uint.MaxValue) return 10;
        if (Store.L != long.MinValue) return 11;
        if (Store.UL != ulong.MaxValue) return 12;
        if (Store.C != '\uFFFF') return 13;
        if (!Store.Z) return 14;
        if (Store.F != float.MaxValue) return 15;
        if (Store.D != double.Epsilon || !(Store.D > 0)) return 16;
        if (Store.N != -1) return 17;
        if (Store.NU != 0x80000000u) return 18;
        int sum = Store.SB + Store.B + Store.S + Store.US;
        if (sum != -128 + 255 - 32768 + 65535) return 19;
        return 100;
    }
}
