// Checks Unsafe.InitBlock, InitBlockUnaligned, CopyBlock and CopyBlockUnaligned on pointers and refs: filling stackalloc'd memory with a byte value, partial fills leaving neighbours alone, copying between arrays through refs, zero-length blocks, and a struct cleared with InitBlock.
using System;
using System.Runtime.CompilerServices;

struct Rec { public int A; public long B; public short C; }

static unsafe class Program
{
    static byte s_fill = 0xAB;
    static uint s_len = 10;

    static int Main()
    {
        byte* p = stackalloc byte[32];
        Unsafe.InitBlock(p, s_fill, 32);
        for (int i = 0; i < 32; i++) if (p[i] != 0xAB) return 1;
        Unsafe.InitBlock(p + 4, 0, s_len);
        if (p[3] != 0xAB || p[4] != 0 || p[13] != 0 || p[14] != 0xAB) return 2;
        if (*(int*)(p + 16) != unchecked((int)0xABABABAB)) return 3;

        byte[] src = new byte[20];
        for (int i = 0; i < src.Length; i++) src[i] = (byte)(i + 1);
        byte[] dst = new byte[20];
        Unsafe.CopyBlock(ref dst[2], ref src[5], s_len);
        if (dst[1] != 0 || dst[2] != 6 || dst[11] != 15 || dst[12] != 0) return 4;
        Unsafe.CopyBlockUnaligned(ref dst[13], ref src[0], 3);
        if (dst[13] != 1 || dst[15] != 3 || dst[16] != 0) return 5;
        Unsafe.CopyBlock(ref dst[0], ref src[0], 0);
        if (dst[0] != 0) return 6;

        Unsafe.InitBlockUnaligned(ref dst[1], 7, 3);
        if (dst[0] != 0 || dst[1] != 7 || dst[3] != 7 || dst[4] != 8) return 7;

        Rec r = new Rec { A = 1, B = -1, C = 3 };
        Unsafe.InitBlock(&r, 0, (uint)sizeof(Rec));
        if (r.A != 0 || r.B != 0 || r.C != 0) return 8;
        Rec s = new Rec { A = 9, B = 1L << 40, C = -1 };
        Unsafe.CopyBlock(&r, &s, (uint)sizeof(Rec));
        if (r.A != 9 || r.B != 1L << 40 || r.C != -1) return 9;

        long* lp = stackalloc long[4];
        Unsafe.InitBlock(lp, 0xFF, 16);
        if (lp[0] != -1 || lp[1] != -1 || lp[2] != 0) return 10;
        Unsafe.CopyBlockUnaligned((byte*)lp + 17, lp, 8);
        if (*(long*)((byte*)lp + 17) != -1 || ((byte*)lp)[16] != 0) return 11;
        return 100;
    }
}
