// Checks MemoryMarshal.AsBytes (little-endian bytes of int, long and struct spans, writes through the byte view), MemoryMarshal.Read<T> and Write<T> of int, long, double and a struct at unaligned offsets of a byte buffer, and MemoryMarshal.TryRead/TryWrite on too-short spans.
using System;
using System.Runtime.InteropServices;

struct Header { public int Magic; public short Version; public short Flags; }

static class Program
{
    static int s_v = 0x11223344;
    static int s_off = 3;

    static int Main()
    {
        int[] ints = { s_v, -1 };
        Span<byte> bytes = MemoryMarshal.AsBytes(ints.AsSpan());
        if (bytes.Length != 8 || bytes[0] != 0x44 || bytes[3] != 0x11 || bytes[4] != 0xFF) return 1;
        bytes[7] = 0x7F;
        if (ints[1] != 0x7FFFFFFF) return 2;

        ReadOnlySpan<long> longs = new long[] { 0x0102030405060708L };
        ReadOnlySpan<byte> lb = MemoryMarshal.AsBytes(longs);
        if (lb[0] != 8 || lb[7] != 1) return 3;

        Header[] hs = { new Header { Magic = 0x46464952, Version = 2, Flags = -2 } };
        Span<byte> hb = MemoryMarshal.AsBytes(hs.AsSpan());
        if (hb.Length != 8 || hb[0] != (byte)'R' || hb[3] != (byte)'F' || hb[4] != 2 || hb[6] != 0xFE || hb[7] != 0xFF) return 4;

        Span<byte> buf = stackalloc byte[32];
        int off = s_off;
        MemoryMarshal.Write(buf.Slice(off), in s_v);
        if (buf[off] != 0x44 || buf[off + 3] != 0x11) return 5;
        if (MemoryMarshal.Read<int>(buf.Slice(off)) != s_v) return 6;
        if (MemoryMarshal.Read<short>(buf.Slice(off + 1)) != 0x2233) return 7;

        long big = -(1L << 40) + 5;
        MemoryMarshal.Write(buf.Slice(off + 5), in big);
        double d = -2.5;
        MemoryMarshal.Write(buf.Slice(off + 13), in d);
        if (MemoryMarshal.Read<long>(buf.Slice(off + 5)) != big || MemoryMarshal.Read<double>(buf.Slice(off + 13)) != -2.5) return 8;
        Header h = new Header { Magic = 7, Version = -1, Flags = 9 };
        MemoryMarshal.Write(buf.Slice(1), in h);
        Header back = MemoryMarshal.Read<Header>(buf.Slice(1));
        if (back.Magic != 7 || back.Version != -1 || back.Flags != 9) return 9;

        if (MemoryMarshal.TryRead(buf.Slice(29), out int _)) return 10;
        if (!MemoryMarshal.TryRead(buf.Slice(28), out int last) || last != 0) return 11;
        if (MemoryMarshal.TryWrite(buf.Slice(26), in big)) return 12;
        return 100;
    }
}
