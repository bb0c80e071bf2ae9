// Checks System.Buffers.Binary.BinaryPrimitives: reading and writing Int16, UInt16, Int32, UInt32 and Int64 in little- and big-endian order at offsets in a byte span, ReverseEndianness of int, uint, long and ushort, and the Try forms on spans too short.
using System;
using System.Buffers.Binary;

static class Program
{
    static int s_v = 0x12345678;
    static long s_l = -0x0102030405060708L;
    static int s_off = 1;

    static int Main()
    {
        Span<byte> buf = stackalloc byte[16];
        int off = s_off;
        BinaryPrimitives.WriteInt32BigEndian(buf.Slice(off), s_v);
        if (buf[off] != 0x12 || buf[off + 3] != 0x78) return 1;
        if (BinaryPrimitives.ReadInt32LittleEndian(buf.Slice(off)) != 0x78563412) return 2;
        if (BinaryPrimitives.ReadInt32BigEndian(buf.Slice(off)) != s_v) return 3;
        BinaryPrimitives.WriteInt32LittleEndian(buf.Slice(off), -2);
        if (buf[off] != 0xFE || buf[off + 3] != 0xFF || BinaryPrimitives.ReadUInt32BigEndian(buf.Slice(off)) != 0xFEFFFFFF) return 4;

        BinaryPrimitives.WriteInt64BigEndian(buf.Slice(off + 4), s_l);
        if (BinaryPrimitives.ReadInt64BigEndian(buf.Slice(off + 4)) != s_l) return 5;
        if (BinaryPrimitives.ReadInt64LittleEndian(buf.Slice(off + 4)) != BinaryPrimitives.ReverseEndianness(s_l)) return 6;

        BinaryPrimitives.WriteUInt16BigEndian(buf, 0xABCD);
        if (buf[0] != 0xAB || buf[1] != 0xCD || BinaryPrimitives.ReadInt16LittleEndian(buf) != unchecked((short)0xCDAB)) return 7;
        BinaryPrimitives.WriteInt16LittleEndian(buf.Slice(14), -300);
        if (BinaryPrimitives.ReadInt16BigEndian(buf.Slice(14)) != unchecked((short)0xD4FE)) return 8;

        if (BinaryPrimitives.ReverseEndianness(s_v) != 0x78563412) return 9;
        if (BinaryPrimitives.ReverseEndianness((uint)s_v << 4) != 0x80674523u) return 10;
        if (BinaryPrimitives.ReverseEndianness((ushort)s_v) != 0x7856) return 11;

        if (BinaryPrimitives.TryReadInt32BigEndian(buf.Slice(13), out _)) return 12;
        if (!BinaryPrimitives.TryWriteInt32BigEndian(buf.Slice(12), 1) || buf[15] != 1) return 13;
        return 100;
    }
}
