// Checks System.Runtime.CompilerServices.Unsafe on managed refs: Add and Subtract to walk an array, As to reinterpret int as uint and float bits as int, AreSame, ByteOffset between elements, SizeOf of primitive-only structs, and reading struct fields through As and Add.
using System;
using System.Runtime.CompilerServices;

struct Pair { public int Lo, Hi; }
struct Mixed { public byte B; public short S; public int I; }

static class Program
{
    static int s_n = 6;
    static float s_one = 1.0f;

    static int Main()
    {
        int[] arr = new int[s_n];
        for (int i = 0; i < arr.Length; i++) arr[i] = i * 7;
        ref int r0 = ref arr[0];
        if (Unsafe.Add(ref r0, 3) != 21) return 1;
        Unsafe.Add(ref r0, 5) = -5;
        if (arr[5] != -5) return 2;
        ref int r4 = ref arr[4];
        if (Unsafe.Subtract(ref r4, 2) != 14) return 3;
        if (!Unsafe.AreSame(ref Unsafe.Add(ref r0, 4), ref r4)) return 4;
        if (Unsafe.AreSame(ref r0, ref r4)) return 5;
        if ((int)Unsafe.ByteOffset(ref r0, ref r4) != 16) return 6;
        int neg = -1;
        uint asU = Unsafe.As<int, uint>(ref neg);
        if (asU != 0xFFFFFFFFu) return 7;
        float f = s_one;
        if (Unsafe.As<float, int>(ref f) != 0x3F800000) return 8;
        Unsafe.As<float, int>(ref f) = 0x40000000;
        if (f != 2.0f) return 9;
        if (Unsafe.SizeOf<Pair>() != 8 || Unsafe.SizeOf<Mixed>() != 8 || Unsafe.SizeOf<long>() != 8) return 10;
        Pair p = new Pair { Lo = 3, Hi = 4 };
        ref int hi = ref Unsafe.Add(ref p.Lo, 1);
        hi = 40;
        if (p.Hi != 40) return 11;
        long packed = Unsafe.As<Pair, long>(ref p);
        if (packed != (40L << 32 | 3)) return 12;
        Mixed m = new Mixed { B = 1, S = 2, I = 3 };
        if (Unsafe.Add(ref Unsafe.As<Mixed, int>(ref m), 1) != 3 || Unsafe.Add(ref Unsafe.As<Mixed, short>(ref m), 1) != 2 || Unsafe.As<Mixed, byte>(ref m) != 1) return 14;
        ref byte lowByte = ref Unsafe.As<int, byte>(ref arr[1]);
        lowByte = 0xFF;
        if (arr[1] != 0xFF) return 13;
        return 100;
    }
}
