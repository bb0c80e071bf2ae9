// Checks and/or/xor/not on every integer type, including sign extension of small signed types before the operation.
static class Program
{
    static int s_i = 0x0F0F0F0F;
    static uint s_u = 0xF0F0F0F0u;
    static long s_l = 0x0F0F0F0F0F0F0F0FL;
    static ulong s_ul = 0xF0F0F0F0F0F0F0F0UL;
    static sbyte s_sb = -16;
    static byte s_b = 0xF0;
    static short s_s = -256;
    static ushort s_us = 0xFF00;

    static int Main()
    {
        if ((s_i & 0xFF) != 0x0F) return 1;
        if ((s_i | unchecked((int)s_u)) != -1) return 2;
        if ((s_i ^ -1) != ~s_i) return 3;
        if (~s_i != unchecked((int)0xF0F0F0F0)) return 4;
        if ((s_u & 0xFF00FF00u) != 0xF000F000u) return 5;
        if ((s_u ^ s_u) != 0u) return 6;
        if (~s_u != 0x0F0F0F0Fu) return 7;
        if ((s_l | (long)s_ul) != -1L) return 8;
        if ((s_l & 0x7FFFFFFF00000000L) != 0x0F0F0F0F00000000L) return 9;
        if (~s_ul != 0x0F0F0F0F0F0F0F0FUL) return 10;
        if ((s_ul ^ 0xFFFFFFFF00000000UL) != 0x0F0F0F0FF0F0F0F0UL) return 11;
        if ((s_sb & 0x1FF) != 0x1F0) return 12;
        if ((s_b & 0x1FF) != 0xF0) return 13;
        if ((s_sb | 0) != -16) return 14;
        if ((s_s & 0x1FFFF) != 0x1FF00) return 15;
        if ((s_us & 0x1FFFF) != 0xFF00) return 16;
        if ((byte)(s_b ^ s_sb) != 0) return 17;
        if ((s_b ^ s_sb) != -256) return 18;
        if ((sbyte)~s_sb != 15) return 19;
        if ((ushort)~s_us != 0xFF) return 20;
        if ((s_i & (long)s_sb) != 0x0F0F0F00L) return 21;
        if ((s_u & (ulong)(long)s_sb) != 0xF0F0F0F0UL) return 22;
        if ((s_u & (uint)s_sb) != 0xF0F0F0F0u) return 23;
        return 100;
    }
}
