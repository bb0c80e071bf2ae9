// Checks Unsafe.ReadUnaligned and WriteUnaligned on ref byte and on void*: ints, longs, doubles and a struct at odd offsets of a byte array and of stackalloc'd memory, overlapping unaligned writes, and reading back little-endian bytes.
using System;
using System.Runtime.CompilerServices;

struct Pair { public int A; public short B; }

static unsafe class Program
{
    static int s_v = 0x0A0B0C0D;
    static int s_off = 1;

    static int Main()
    {
        byte[] arr = new byte[24];
        int off = s_off;
        Unsafe.WriteUnaligned(ref arr[off], s_v);
        if (arr[off] != 0x0D || arr[off + 3] != 0x0A || arr[0] != 0) return 1;
        if (Unsafe.ReadUnaligned<int>(ref arr[off]) != s_v) return 2;
        if (Unsafe.ReadUnaligned<short>(ref arr[off + 1]) != 0x0B0C) return 3;

        long l = (1L << 50) + 3;
        Unsafe.WriteUnaligned(ref arr[off + 4], l);
        if (Unsafe.ReadUnaligned<long>(ref arr[off + 4]) != l || arr[off + 4] != 3) return 4;
        Unsafe.WriteUnaligned(ref arr[off + 6], 0.1);
        if (Unsafe.ReadUnaligned<double>(ref arr[off + 6]) != 0.1) return 5;
        // The overlapping write changed the high bytes of the long.
        if (Unsafe.ReadUnaligned<long>(ref arr[off + 4]) == l) return 6;

        Pair p = new Pair { A = -5, B = 77 };
        Unsafe.WriteUnaligned(ref arr[off + 15], p);
        Pair q = Unsafe.ReadUnaligned<Pair>(ref arr[off + 15]);
        if (q.A != -5 || q.B != 77) return 7;

        byte* mem = stackalloc byte[16];
        Unsafe.WriteUnaligned(mem + off, s_v);
        Unsafe.WriteUnaligned(mem + off + 4, (short)-2);
        if (mem[off] != 0x0D || Unsafe.ReadUnaligned<int>(mem + off) != s_v) return 8;
        if (Unsafe.ReadUnaligned<ushort>(mem + off + 4) != 0xFFFE) return 9;
        if (Unsafe.ReadUnaligned<uint>(mem + off + 3) != 0xFFFE0Au) return 10;
        return 100;
    }
}
