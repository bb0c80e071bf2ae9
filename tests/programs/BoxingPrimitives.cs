// Checks boxing and unboxing of every primitive type: values survive the round trip, each box is a distinct object, boxes are immutable snapshots, and GetType of each box is the primitive type.
static class Program
{
    static int s_i = -42;

    static int Main()
    {
        object b1 = (bool)(s_i < 0);
        object c = (char)('A' - s_i / 42 - 1);
        object i8 = (sbyte)s_i;
        object u8 = (byte)s_i;
        object i16 = (short)(s_i * 100);
        object u16 = (ushort)s_i;
        object i32 = s_i;
        object u32 = (uint)s_i;
        object i64 = (long)s_i << 40;
        object u64 = (ulong)(long)s_i;
        object f32 = s_i / 8f;
        object f64 = s_i / 8.0;
        if (!(bool)b1 || (char)c != 'A') return 1;
        if ((sbyte)i8 != -42 || (byte)u8 != 214 || (short)i16 != -4200 || (ushort)u16 != 65494) return 2;
        if ((int)i32 != -42 || (uint)u32 != 4294967254u || (long)i64 != -46179488366592L || (ulong)u64 != 18446744073709551574UL) return 3;
        if ((float)f32 != -5.25f || (double)f64 != -5.25) return 4;
        if (b1.GetType() != typeof(bool) || c.GetType() != typeof(char) || i8.GetType() != typeof(sbyte) || u8.GetType() != typeof(byte)) return 5;
        if (i16.GetType() != typeof(short) || u16.GetType() != typeof(ushort) || i32.GetType() != typeof(int) || u32.GetType() != typeof(uint)) return 6;
        if (i64.GetType() != typeof(long) || u64.GetType() != typeof(ulong) || f32.GetType() != typeof(float) || f64.GetType() != typeof(double)) return 7;
        int x = s_i;
        object bx = x;
        object by = x;
        if (bx == by || object.ReferenceEquals(bx, by)) return 8;
        x = 7;
        if ((int)bx != -42) return 9;
        object same = bx;
        if (same != bx) return 10;
        return 100;
    }
}
