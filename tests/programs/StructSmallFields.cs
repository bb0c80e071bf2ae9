// Checks structs made of small fields (bool, byte, sbyte, char, short, ushort): independent fields, sign and zero extension on read, copies in arrays, and a bit-packing round trip to and from an int.
struct Small
{
    public bool Flag;
    public byte U8;
    public sbyte I8;
    public char Ch;
    public short I16;
    public ushort U16;

    public long Pack() { return (Flag ? 1L : 0L) | (long)U8 << 1 | (long)(byte)I8 << 9 | (long)Ch << 17 | (long)(ushort)I16 << 33 | (long)U16 << 49; }

    public static Small Unpack(long v)
    {
        Small s;
        s.Flag = (v & 1) != 0;
        s.U8 = (byte)(v >> 1);
        s.I8 = (sbyte)(v >> 9);
        s.Ch = (char)(v >> 17);
        s.I16 = (short)(v >> 33);
        s.U16 = (ushort)(v >> 49);
        return s;
    }
}

static class Program
{
    static int s_v = -3;

    static int Main()
    {
        Small s = new Small();
        s.I8 = (sbyte)s_v;
        s.I16 = (short)(s_v * 1000);
        s.U8 = (byte)s_v;
        s.U16 = (ushort)s_v;
        s.Ch = (char)(0x41 - s_v);
        s.Flag = true;
        if (s.I8 != -3 || s.I16 != -3000 || s.U8 != 253 || s.U16 != 65533 || s.Ch != 'D' || !s.Flag) return 1;
        int widened = s.I8 + s.U8 + s.I16 + s.U16;
        if (widened != -3 + 253 - 3000 + 65533) return 2;
        Small r = Small.Unpack(s.Pack());
        if (r.I8 != s.I8 || r.U8 != s.U8 || r.I16 != s.I16 || r.U16 != s.U16 || r.Ch != s.Ch || r.Flag != s.Flag) return 3;
        Small[] arr = new Small[3];
        arr[1] = s;
        arr[1].I8 = 127;
        arr[1].I8++;
        if (arr[1].I8 != -128 || arr[1].U8 != 253 || s.I8 != -3) return 4;
        arr[2].U16 = 65535;
        arr[2].U16++;
        if (arr[2].U16 != 0 || arr[2].Flag) return 5;
        arr[0].Flag = true;
        arr[0].Ch = '\uFFFF';
        if (!arr[0].Flag || arr[0].Ch != 65535 || arr[0].U8 != 0) return 6;
        return 100;
    }
}
