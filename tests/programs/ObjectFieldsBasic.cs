// Checks instance fields of every primitive type on a class: zero defaults, round trips, sign and zero extension of small types, neighbours untouched by narrow stores, separate instances.
class Record
{
    public bool B;
    public byte U8;
    public sbyte I8;
    public short I16;
    public ushort U16;
    public char C;
    public int I32;
    public uint U32;
    public long I64;
    public ulong U64;
    public float F32;
    public double F64;
    public string S;
    public object O;
}

static class Program
{
    static int s_seed = 200;
    static long s_big = 0x123456789ABCDEF0L;

    static int Main()
    {
        Record r = new Record();
        if (r.B || r.U8 != 0 || r.I8 != 0 || r.I16 != 0 || r.U16 != 0 || r.C != '\0') return 1;
        if (r.I32 != 0 || r.U32 != 0 || r.I64 != 0 || r.U64 != 0 || r.F32 != 0f || r.F64 != 0.0) return 2;
        if (r.S != null || r.O != null) return 3;

        r.U8 = (byte)s_seed;
        r.I8 = (sbyte)s_seed;
        if (r.U8 != 200 || r.I8 != -56) return 4;
        r.I16 = (short)(s_seed - 202);
        r.U16 = (ushort)(s_seed - 202);
        if (r.I16 != -2 || r.U16 != 65534) return 5;
        r.C = (char)(s_seed - 135);
        if (r.C != 'A') return 6;
        r.I64 = s_big;
        r.U64 = (ulong)s_big << 4;
        if (r.I64 != 0x123456789ABCDEF0L || r.U64 != 0x23456789ABCDEF00UL) return 7;
        r.F64 = 1.0 / (s_seed - 197);
        r.F32 = (float)r.F64;
        if (r.F64 != 1.0 / 3.0 || r.F32 != 1.0f / 3.0f) return 8;

        // A narrow store must not clobber its neighbours.
        r.B = true;
        r.I8 = -1;
        r.U16 = 0;
        if (!r.B || r.U8 != 200 || r.I16 != -2 || r.C != 'A') return 9;

        // Compound assignment and wrap-around on fields.
        r.U16 = 65535;
        r.U16++;
        r.I32 = s_seed;
        r.I32 += 5;
        r.U32 = (uint)s_seed;
        r.U32 -= 201;
        if (r.U16 != 0 || r.I32 != 205 || r.U32 != uint.MaxValue) return 10;

        Record other = new Record();
        other.I32 = 7;
        other.S = "other";
        r.S = "first";
        r.O = other;
        if (r.I32 != 205 || other.I32 != 7 || other.I64 != 0) return 11;
        if (((Record)r.O).S != "other" || r.S != "first") return 12;
        if (other.O != null) return 13;
        return 100;
    }
}
