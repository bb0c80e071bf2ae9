// A struct moved from one address to another (`ldobj S; stobj S`, what SpanHelpers.Memmove's Block16 and Block64
// moves are) is one copy from the source, without a frame temporary: no frame, nothing to zero on entry. A copy of
// 16 or 64 bytes loads every piece before it stores one, so that overlapping source and destination move as they
// did through the temporary. (CoreCLR does not promise that: its unrolled 24-byte copy of an overlapping move
// stores the first 16 bytes before it loads the last 8, so no differential program can pin it.)
using System;

static class Program
{
    struct Block16 { public long A, B; }
    struct Block64 { public Block16 A, B, C, D; }

    static unsafe void Move16(byte* dst, byte* src) => *(Block16*)dst = *(Block16*)src;
    static unsafe void Move64(byte* dst, byte* src) => *(Block64*)dst = *(Block64*)src;

    static unsafe int Main()
    {
        byte* buffer = stackalloc byte[96];
        for (int i = 0; i < 96; i++) buffer[i] = (byte)i;
        Move16(buffer + 8, buffer);
        Move64(buffer + 24, buffer + 16);
        int sum = 0;
        for (int i = 0; i < 96; i++) sum = sum * 31 + buffer[i];
        return sum & 0xFF;
    }
}
