// Checks [StructLayout(LayoutKind.Explicit)] structs with overlapping [FieldOffset] fields: a union of int and float bits (1.0f is 0x3F800000, the sign bit, NaN bits), a long overlapping two ints and eight bytes (little-endian), sizeof of explicit structs with gaps and an explicit Size, and a union nested in a sequential struct. Needs -unsafe.
using System.Runtime.InteropServices;

[StructLayout(LayoutKind.Explicit)]
struct FloatBits { [FieldOffset(0)] public float F; [FieldOffset(0)] public int I; [FieldOffset(0)] public uint U; }

[StructLayout(LayoutKind.Explicit)]
struct Wide
{
    [FieldOffset(0)] public long L;
    [FieldOffset(0)] public int Lo;
    [FieldOffset(4)] public int Hi;
    [FieldOffset(0)] public byte B0;
    [FieldOffset(7)] public byte B7;
    [FieldOffset(2)] public short Mid;
}

[StructLayout(LayoutKind.Explicit)]
struct Gappy { [FieldOffset(0)] public byte A; [FieldOffset(12)] public int B; }

[StructLayout(LayoutKind.Explicit, Size = 24)]
struct Sized { [FieldOffset(4)] public int X; }

struct Tagged { public byte Tag; public FloatBits Value; }

static unsafe class Program
{
    static float s_one = 1.0f;
    static long s_l = 0x0123456789ABCDEFL;

    static int Main()
    {
        FloatBits fb = new FloatBits { F = s_one };
        if (fb.I != 0x3F800000) return 1;
        fb.U |= 0x80000000u;
        if (fb.F != -1.0f) return 2;
        fb.I = 0x40490FDB;
        if (fb.F != 3.14159274f) return 3;
        fb.F = -s_one * 0.0f;
        if (fb.U != 0x80000000u) return 4;
        fb.I = 0x7FC00000;
        if (!float.IsNaN(fb.F)) return 5;

        Wide w = new Wide { L = s_l };
        if (w.Lo != unchecked((int)0x89ABCDEF) || w.Hi != 0x01234567) return 6;
        if (w.B0 != 0xEF || w.B7 != 0x01 || w.Mid != unchecked((short)0x89AB)) return 7;
        w.Hi = -1;
        if (w.L != unchecked((long)0xFFFFFFFF89ABCDEFUL)) return 8;
        w.Mid = 0;
        if (w.Lo != 0xCDEF) return 9;

        if (sizeof(FloatBits) != 4 || sizeof(Wide) != 8) return 10;
        if (sizeof(Gappy) != 16 || sizeof(Sized) != 24) return 11;
        Gappy g = new Gappy { A = 1, B = 2 };
        byte* gp = (byte*)&g;
        if (gp[0] != 1 || *(int*)(gp + 12) != 2) return 12;

        if (sizeof(Tagged) != 8) return 13;
        Tagged t = new Tagged { Tag = 9 };
        t.Value.I = 0x3F000000;
        if (t.Value.F != 0.5f || *((byte*)&t + 4 + 3) != 0x3F) return 14;
        return 100;
    }
}
