// Checks one-dimensional arrays of every primitive type: zeroed on creation, stores and loads with sign and zero extension, wrap-around of narrow elements, neighbours untouched by element stores, and Length.
static class Program
{
    static int s_n = 5;
    static int s_neg = -1;

    static int Main()
    {
        bool[] bo = new bool[s_n]; char[] ch = new char[s_n]; sbyte[] i8 = new sbyte[s_n]; byte[] u8 = new byte[s_n];
        short[] i16 = new short[s_n]; ushort[] u16 = new ushort[s_n]; int[] i32 = new int[s_n]; uint[] u32 = new uint[s_n];
        long[] i64 = new long[s_n]; ulong[] u64 = new ulong[s_n]; float[] f32 = new float[s_n]; double[] f64 = new double[s_n];
        for (int i = 0; i < s_n; i++)
            if (bo[i] || ch[i] != 0 || i8[i] != 0 || u8[i] != 0 || i16[i] != 0 || u16[i] != 0 || i32[i] != 0 || u32[i] != 0 || i64[i] != 0 || u64[i] != 0 || f32[i] != 0 || f64[i] != 0) return 1;
        if (bo.Length + ch.Length + i8.Length + u8.Length + i16.Length + u16.Length + i32.Length + u32.Length + i64.Length + u64.Length + f32.Length + f64.Length != 60) return 2;
        i8[2] = (sbyte)s_neg; u8[2] = (byte)s_neg; i16[2] = (short)s_neg; u16[2] = (ushort)s_neg;
        i32[2] = s_neg; u32[2] = (uint)s_neg; i64[2] = s_neg; u64[2] = (ulong)(long)s_neg;
        if (i8[2] != -1 || u8[2] != 255 || i16[2] != -1 || u16[2] != 65535) return 3;
        if (i32[2] != -1 || u32[2] != uint.MaxValue || i64[2] != -1 || u64[2] != ulong.MaxValue) return 4;
        if (i8[1] != 0 || i8[3] != 0 || u16[1] != 0 || u16[3] != 0 || i64[1] != 0 || i64[3] != 0) return 5;
        long widened = i8[2] + u8[2] + i16[2] + u16[2];
        if (widened != -1 + 255 - 1 + 65535) return 6;
        u8[4] = 250;
        u8[4] += 10;
        i8[4] = 127;
        i8[4]++;
        i16[4] = short.MinValue;
        i16[4]--;
        if (u8[4] != 4 || i8[4] != -128 || i16[4] != short.MaxValue) return 7;
        bo[0] = true; ch[0] = 'Z'; f32[0] = 0.1f * s_n; f64[0] = 0.1 * s_n;
        if (!bo[0] || bo[1] || ch[0] != 'Z' || f32[0] != 0.5f || f64[0] != 0.5) return 8;
        ch[1] = (char)(ch[0] + 1);
        if (ch[1] != '[') return 9;
        i64[0] = long.MinValue;
        u64[0] = 1UL << 63;
        if (i64[0] >> 63 != -1 || u64[0] >> 63 != 1) return 10;
        return 100;
    }
}
