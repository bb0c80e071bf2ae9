// Checks Buffer.MemoryCopy: copying between stackalloc'd buffers and pinned arrays, partial copies, overlapping copies forward and backward (memmove semantics), and byte-granular copies into an int buffer (little-endian). Needs -unsafe.
using System;

static unsafe class Program
{
    static int s_n = 8;

    static int Main()
    {
        int* src = stackalloc int[s_n];
        int* dst = stackalloc int[s_n];
        for (int i = 0; i < s_n; i++) src[i] = (i + 1) * 11;
        Buffer.MemoryCopy(src, dst, s_n * 4, s_n * 4);
        for (int i = 0; i < s_n; i++) if (dst[i] != src[i]) return 1;
        int[] arr = new int[s_n];
        fixed (int* p = arr) Buffer.MemoryCopy(src + 2, p, s_n * 4L, 3 * 4L);
        if (arr[0] != 33 || arr[2] != 55 || arr[3] != 0) return 2;
        Buffer.MemoryCopy(src, src + 2, 6 * 4, 6 * 4);
        if (src[0] != 11 || src[2] != 11 || src[7] != 66) return 3;
        Buffer.MemoryCopy(src + 2, src, 6 * 4, 6 * 4);
        if (src[0] != 11 || src[1] != 22 || src[5] != 66 || src[6] != 55) return 4;
        byte* bytes = stackalloc byte[4];
        bytes[0] = 0x78; bytes[1] = 0x56; bytes[2] = 0x34; bytes[3] = 0x12;
        int value = 0;
        Buffer.MemoryCopy(bytes, &value, 4, 4);
        if (value != 0x12345678) return 5;
        Buffer.MemoryCopy(bytes, (byte*)&value + 1, 3, 2);
        if (value != 0x12567878) return 6;
        long l = 0;
        Buffer.MemoryCopy(dst, &l, 8, 8);
        if (l != (22L << 32 | 11)) return 7;
        return 100;
    }
}
