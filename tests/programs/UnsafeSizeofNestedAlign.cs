// Checks sizeof and field offsets of nested sequential structs with long and double members (alignment 8 inside and at the end), Pack = 1 and Pack = 2 structs, a struct of structs of bytes, sizeof versus Unsafe.SizeOf<T> in a generic method, and arrays of such structs stepping by their size. Needs -unsafe.
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

struct Inner { public byte A; public long B; }
struct Outer { public byte Tag; public Inner In; public short S; }
struct DoubleTail { public int I; public double D; public byte B; }
[StructLayout(LayoutKind.Sequential, Pack = 1)]
struct Packed { public byte A; public long B; public short C; }
[StructLayout(LayoutKind.Sequential, Pack = 2)]
struct Packed2 { public byte A; public int B; public byte C; }
struct Bytes3 { public byte A, B, C; }
struct OfBytes { public Bytes3 X; public Bytes3 Y; public byte Z; }
struct WithPacked { public byte A; public Packed P; }

static unsafe class Program
{
    static int s_i = 1;

    static int Size<T>() where T : unmanaged => sizeof(T);
    static int USize<T>() => Unsafe.SizeOf<T>();

    static void Touch(ref DoubleTail d, ref Bytes3 b3, ref OfBytes ob, ref WithPacked wp)
    {
        d.I = 0; d.D = 0; d.B = 1; b3.A = 0; b3.B = 0; b3.C = 2; ob.X = b3; ob.Y = b3; ob.Z = 3; wp.A = 4; wp.P = new Packed { A = 5 };
    }

    static int Main()
    {
        DoubleTail dt = default; Bytes3 b3 = default; OfBytes ob = default; WithPacked wp = default;
        Touch(ref dt, ref b3, ref ob, ref wp);
        if (dt.B + b3.C + ob.Z + wp.A + wp.P.A != 15) return 15;
        if (sizeof(Inner) != 16 || sizeof(Outer) != 32) return 1;
        Outer o = new Outer();
        byte* b = (byte*)&o;
        if ((byte*)&o.In - b != 8 || (byte*)&o.In.B - b != 16 || (byte*)&o.S - b != 24) return 2;
        if (sizeof(DoubleTail) != 24) return 3;
        if (sizeof(Packed) != 11) return 4;
        Packed p = new Packed();
        if ((byte*)&p.B - (byte*)&p != 1 || (byte*)&p.C - (byte*)&p != 9) return 5;
        if (sizeof(Packed2) != 8) return 6;
        if (sizeof(OfBytes) != 7) return 7;
        if (sizeof(WithPacked) != 12) return 8;
        if (Size<Outer>() != 32 || USize<Packed>() != 11 || USize<OfBytes>() != 7 || Size<Packed2>() != 8) return 9;

        Packed[] arr = new Packed[4];
        arr[s_i].B = -1;
        arr[s_i + 1].A = 0x5A;
        fixed (Packed* a = arr)
        {
            byte* raw = (byte*)a;
            // Element 1's B starts at byte 11 + 1; element 2 starts at byte 22.
            if (*(long*)(raw + 12) != -1 || raw[22] != 0x5A || raw[19] != 0xFF || raw[20] != 0) return 10;
            if ((byte*)(a + 3) - raw != 33) return 11;
        }
        Outer[] outs = new Outer[2];
        outs[1].In.B = 1L << 40;
        fixed (Outer* op = outs)
        {
            if (*(long*)((byte*)op + 32 + 16) != 1L << 40) return 12;
        }
        return 100;
    }
}
