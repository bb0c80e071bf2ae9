// Checks checked float/double->integer conversions (conv.ovf.*) truncate and accept values just inside each target range (e.g. -0.9 -> uint 0).
static class Program
{
    static double s_zero = 0.0;
    static float s_fzero = 0.0f;

    static int Main()
    {
        if (checked((int)(2147483647.9 + s_zero)) != int.MaxValue) return 1;
        if (checked((int)(-2147483648.9 + s_zero)) != int.MinValue) return 2;
        if (checked((uint)(4294967295.9 + s_zero)) != uint.MaxValue) return 3;
        if (checked((uint)(-0.9 + s_zero)) != 0u) return 4;
        if (checked((byte)(255.9 + s_zero)) != 255) return 5;
        if (checked((byte)(-0.5 + s_zero)) != 0) return 6;
        if (checked((sbyte)(-128.9 + s_zero)) != -128) return 7;
        if (checked((sbyte)(127.9 + s_zero)) != 127) return 8;
        if (checked((short)(-32768.99 + s_zero)) != -32768) return 9;
        if (checked((ushort)(65535.5 + s_zero)) != 65535) return 10;
        if (checked((char)(65.7 + s_zero)) != 'A') return 11;
        if (checked((long)(9223372036854774784.0 + s_zero)) != 9223372036854774784L) return 12;
        if (checked((long)(-9223372036854775808.0 + s_zero)) != long.MinValue) return 13;
        if (checked((ulong)(18446744073709549568.0 + s_zero)) != 18446744073709549568UL) return 14;
        if (checked((ulong)(-0.999 + s_zero)) != 0UL) return 15;
        if (checked((int)(-2.5f + s_fzero)) != -2) return 16;
        if (checked((uint)(4294967040f + s_fzero)) != 4294967040u) return 17;
        if (checked((long)(-9223371487098961920f + s_fzero)) != -9223371487098961920L) return 18;
        if (checked((ulong)(1.8446743e19f + s_fzero)) != 18446742974197923840UL) return 19;
        if (checked((int)(-0.0 + s_zero)) != 0) return 20;
        return 100;
    }
}
