// Checks ref parameters of every small and floating type (ldind/stind.i1/u1/i2/u2/r4/r8/i8/i) keep width, sign and wraparound.
static class Program
{
    static int s_seed = 0;

    static void DecS(ref sbyte v) { v--; }
    static void IncB(ref byte v) { v++; }
    static void DecSh(ref short v) { v--; }
    static void IncUs(ref ushort v) { v++; }
    static void IncC(ref char v) { v++; }
    static void Flip(ref bool v) { v = !v; }
    static void AddF(ref float v, float x) { v += x; }
    static void MulD(ref double v, double x) { v *= x; }
    static void ShlL(ref long v, int n) { v <<= n; }
    static void DecU(ref uint v) { v--; }
    static void NegN(ref nint v) { v = -v; }
    static int ReadS(ref sbyte v) { return v; }
    static int ReadB(ref byte v) { return v; }

    static int Main()
    {
        sbyte sb = (sbyte)(-128 + s_seed);
        DecS(ref sb);
        if (sb != 127) return 1;
        byte b = (byte)(255 + s_seed);
        IncB(ref b);
        if (b != 0) return 2;
        short sh = (short)(-32768 + s_seed);
        DecSh(ref sh);
        if (sh != 32767) return 3;
        ushort us = (ushort)(65535 + s_seed);
        IncUs(ref us);
        if (us != 0) return 4;
        char c = (char)(65535 + s_seed);
        IncC(ref c);
        if (c != 0) return 5;
        bool flag = s_seed == 0;
        Flip(ref flag);
        if (flag) return 6;
        Flip(ref flag);
        if (!flag) return 7;
        float f = 16777216f + s_seed;
        AddF(ref f, 1f);
        if (f != 16777216f) return 8;
        double d = 1.5 + s_seed;
        MulD(ref d, 1e308);
        MulD(ref d, 2.0);
        if (d != double.PositiveInfinity) return 9;
        long l = 1 + s_seed;
        ShlL(ref l, 40);
        if (l != 0x10000000000L) return 10;
        uint u = (uint)s_seed;
        DecU(ref u);
        if (u != uint.MaxValue) return 11;
        nint n = 12345 + s_seed;
        NegN(ref n);
        if (n != -12345) return 12;
        sbyte neg = (sbyte)(-1 + s_seed);
        if (ReadS(ref neg) != -1) return 13;
        byte big = (byte)(200 + s_seed);
        if (ReadB(ref big) != 200) return 14;
        return 100;
    }
}
